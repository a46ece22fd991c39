"""The headless install flow as a pure state machine: events in, actions out, no I/O.

The rules, in the manner of h11's ``_state.py``:

- What the flow knows at one moment is a ``Snapshot``, a frozen dataclass: its ``State`` and
  what earlier events brought (the account type, the inputs, the OAuth nonce, the credential, a
  pending cancel). What it installs, and with which options, is a ``FlowSpec``, fixed for the
  flow's lifetime.
- ``TRANSITIONS`` maps ``(state, event type)`` to the ``Row`` that decides what the event does
  there; an event with no row in the current state is refused. A row names its candidate
  target states, each with the rule that computes the actions of going there. Where the route
  depends on the integration (account types, inputs before OAuth, OAuth or API key, inputs
  after) or on a pending cancel, the row's ``choose`` guard picks the target among them. A row
  may instead refuse its event with a reason (``Cancel`` at ``IDLE`` and at ``DONE``).
- ``handle(event)`` applies the row: its ``take`` checks the event's content (required inputs,
  their types, a known account type) and records it in a new snapshot, ``choose`` picks the
  target, and the target's rule returns the snapshot to keep and the actions. None of these sees
  the machine: ``handle`` replaces the machine's snapshot, in one assignment, only once all of
  them succeeded, so an illegal or invalid event raises and leaves the very same snapshot.
- The actions are what the driver must perform — show a stage, build the consent URL, poll the
  OAuth session, create or read a credential, ... — whose outcomes come back as further events.
- The user-facing stages are the SDK's: ``accountType``, ``preOptions``, ``oauth``,
  ``postOptions``, ``done``. The other states are the waits between them, while a request is
  under way.
- What the integration asks for comes from its ``sdkIntegrationConfig``, which Paragon does not
  guarantee to send. Without it the inputs are unknown, not absent: the ``preOptions`` stage is
  shown with no options and takes the values given as they are, and ``postOptions`` follows
  when the new credential says it is ``PENDING``.

Route, for an OAuth integration:
``IDLE -> ACCOUNT_TYPE? -> PRE_OPTIONS? -> BUILDING_OAUTH -> AWAITING_OAUTH -> FETCHING_CREDENTIAL
-> POST_OPTIONS? -> COMPLETING_SETUP? -> DONE``; for an API-key integration,
``IDLE -> ACCOUNT_TYPE? -> PRE_OPTIONS? -> CREATING_CREDENTIAL -> POST_OPTIONS? -> COMPLETING_SETUP?
-> DONE``. ``Fail`` ends the flow from any state where a request is under way.

Cancelling, state by state (``Cancel`` is what ``install_flow.cancel()`` hands the machine; every
state has a row for it):

- ``IDLE``: refused — there is no flow to cancel.
- ``ACCOUNT_TYPE``, ``PRE_OPTIONS``, ``POST_OPTIONS`` (the user is asked; no request runs): back to
  ``IDLE`` at once, with the undo of what exists (``RemoveCredential`` at ``POST_OPTIONS``).
- ``BUILDING_OAUTH``, ``AWAITING_OAUTH``, ``FETCHING_CREDENTIAL``, ``CREATING_CREDENTIAL``,
  ``COMPLETING_SETUP`` (a request is under way): the state stays and ``cancel_requested`` is
  set; the request's outcome, when it comes (``OAuthUrlBuilt``, ``OAuthPending``,
  ``OAuthApproved``, ``CredentialReceived``), is undone instead of taken — the OAuth session
  deleted, a credential made meanwhile removed — and the machine returns to ``IDLE`` with
  ``ReportCancelled`` last, so the step ends with ``InstallFlowCancelledError``.
- ``DONE``: refused with an ``InstallFlowError`` saying it is too late — the integration is
  installed; ``uninstall_integration`` removes it.

``Abandon`` is the driver's own giving up on a step it could not finish (the call was
interrupted): from any state but ``IDLE`` and ``DONE`` it returns to ``IDLE`` at once with the
undo of what is known, since the outcome of the request in flight will never come.
"""

from __future__ import annotations

import enum
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, Generic, TypeAlias, TypeVar

from ._exceptions import ParagonError
from ._validation import check_json_object

__all__ = [
    "ASKING",
    "IN_FLIGHT",
    "TRANSITIONS",
    "Action",
    "Event",
    "FlowSpec",
    "InstallFlowError",
    "InstallFlowMachine",
    "InstallOptions",
    "Row",
    "Snapshot",
    "State",
]


class State(enum.Enum):
    """Where the flow stands."""

    IDLE = "idle"
    ACCOUNT_TYPE = "accountType"
    PRE_OPTIONS = "preOptions"
    BUILDING_OAUTH = "buildingOAuth"
    AWAITING_OAUTH = "oauth"
    FETCHING_CREDENTIAL = "fetchingCredential"
    CREATING_CREDENTIAL = "creatingCredential"
    POST_OPTIONS = "postOptions"
    COMPLETING_SETUP = "completingSetup"
    DONE = "done"


# -- events: what happened ---------------------------------------------------------------------


@dataclass(frozen=True)
class Start:
    """The application starts the flow."""


@dataclass(frozen=True)
class AccountTypeChosen:
    """The user chose an account type."""

    account_type: str


@dataclass(frozen=True)
class PreOptionsGiven:
    """The user filled in the inputs asked before OAuth (or the API key inputs)."""

    values: Mapping[str, Any]


@dataclass(frozen=True)
class OAuthUrlBuilt:
    """Paragon answered buildOauthUrl with the provider's consent page."""

    url: str


@dataclass(frozen=True)
class OAuthApproved:
    """The session poll says the user approved; the credential exists."""

    credential_id: str


@dataclass(frozen=True)
class CredentialReceived:
    """A credential came back (read after OAuth, created, or set up)."""

    credential: dict[str, Any]


@dataclass(frozen=True)
class PostOptionsGiven:
    """The user filled in the inputs asked after OAuth."""

    values: Mapping[str, Any]


@dataclass(frozen=True)
class Cancel:
    """The application gives up on the flow."""


@dataclass(frozen=True)
class OAuthPending:
    """A poll of the OAuth session found no answer yet."""


@dataclass(frozen=True)
class Abandon:
    """The driver gives up on the step in flight (interrupted): its outcome will never come."""


@dataclass(frozen=True)
class Fail:
    """A request failed, the user denied access, or OAuth timed out."""

    error: BaseException


Event = (
    Start
    | AccountTypeChosen
    | PreOptionsGiven
    | OAuthUrlBuilt
    | OAuthApproved
    | CredentialReceived
    | PostOptionsGiven
    | OAuthPending
    | Cancel
    | Abandon
    | Fail
)


# -- actions: what the driver must do --------------------------------------------------------------


@dataclass(frozen=True)
class ShowStage:
    """Hand a user-facing stage to the application (``on_next``, and the setter's result)."""

    stage: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class BuildOAuthUrl:
    """GET build-oauth with these query parameters."""

    query: dict[str, str]


@dataclass(frozen=True)
class AwaitOAuth:
    """Poll the session named by ``nonce`` until approved (OAuthApproved) or failed (Fail)."""

    nonce: str


@dataclass(frozen=True)
class DeleteOAuthSession:
    """DELETE the session, whatever the outcome."""

    nonce: str


@dataclass(frozen=True)
class FetchCredential:
    """GET the credential."""

    credential_id: str


@dataclass(frozen=True)
class CreateCredential:
    """POST credentials (API-key integrations)."""

    body: dict[str, Any]


@dataclass(frozen=True)
class CompleteSetup:
    """POST complete-setup with the post-OAuth inputs."""

    credential_id: str
    body: dict[str, Any]


@dataclass(frozen=True)
class RemoveCredential:
    """DELETE the half-installed credential (cancel)."""

    integration_id: str
    credential_id: str


@dataclass(frozen=True)
class Finish:
    """The integration is installed: refresh the user, fire onIntegrationInstall, on_complete."""

    credential: dict[str, Any]


@dataclass(frozen=True)
class ReportCancelled:
    """End the step in flight with ``InstallFlowCancelledError``: a ``cancel()`` came during it."""


Action = (
    ShowStage
    | BuildOAuthUrl
    | AwaitOAuth
    | DeleteOAuthSession
    | FetchCredential
    | CreateCredential
    | CompleteSetup
    | RemoveCredential
    | Finish
    | ReportCancelled
)

# The states where the user is asked (no request runs) and those where a request is in flight.
ASKING: Final = frozenset({State.ACCOUNT_TYPE, State.PRE_OPTIONS, State.POST_OPTIONS})
IN_FLIGHT: Final = frozenset(
    {
        State.BUILDING_OAUTH,
        State.AWAITING_OAUTH,
        State.FETCHING_CREDENTIAL,
        State.CREATING_CREDENTIAL,
        State.COMPLETING_SETUP,
    }
)

# Value types accepted for each input type: text inputs take strings, switches booleans,
# compound inputs (combo dropdown, field mapping) objects.
_TEXT_INPUTS: Final = frozenset(
    {"TEXT_NO_VARS", "TEXTAREA_NO_VARS", "PASSWORD", "ENUM", "DYNAMIC_ENUM"}
)
_OBJECT_INPUTS: Final = frozenset({"COMBO_INPUT", "FIELD_MAPPER"})


class InstallFlowError(ParagonError, ValueError):
    """An event the flow cannot take now, or inputs that are missing or of the wrong type.

    The flow stays where it was: correct the values and call the same step again.
    """


@dataclass(frozen=True)
class InstallOptions:
    """What ``install_flow.start`` was given, beyond the integration."""

    account_type: str | None = None
    allow_multiple_credentials: bool = False
    selected_credential_id: str | None = None
    external_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``installOptions`` object of the API (only the options given)."""
        options: dict[str, Any] = {}
        if self.account_type is not None:
            options["accountType"] = self.account_type
        if self.allow_multiple_credentials:
            options["allowMultipleCredentials"] = True
        if self.selected_credential_id is not None:
            options["selectedCredentialId"] = self.selected_credential_id
        if self.external_id is not None:
            options["externalId"] = self.external_id
        return options


def _new_nonce() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True)
class FlowSpec:
    """What one flow installs and how: fixed for the flow's lifetime, read by every rule.

    ``integration`` is the integration's JSON from listIntegrations. What it asks for can
    depend on the account type chosen, which the snapshot holds: the methods that say it take
    the account type.
    """

    integration: Mapping[str, Any]
    options: InstallOptions = field(default_factory=InstallOptions)
    nonce_factory: Callable[[], str] = _new_nonce

    @property
    def integration_type(self) -> str:
        """The integration's type (``salesforce``)."""
        return str(self.integration["type"])

    @property
    def integration_id(self) -> str:
        """The integration's ID."""
        return str(self.integration["id"])

    def _config(self, key: str) -> list[dict[str, Any]]:
        config = self.integration.get("sdkIntegrationConfig") or {}
        value = config.get(key) or []
        return list(value)

    @property
    def account_types(self) -> list[dict[str, Any]]:
        """The account types to choose from."""
        return self._config("accountTypes")

    @property
    def inputs_known(self) -> bool:
        """Whether Paragon said which inputs the integration asks for (sdkIntegrationConfig)."""
        custom = self.integration.get("customIntegration")
        if isinstance(custom, dict) and isinstance(custom.get("inputFields"), list):
            return True
        return isinstance(self.integration.get("sdkIntegrationConfig"), dict)

    def account_type_option(self, account_type: str | None) -> dict[str, Any]:
        """The account type option with this ID (empty when there is none)."""
        for option in self.account_types:
            if str(option.get("id")) == account_type:
                return option
        return {}

    def uses_oauth(self, account_type: str | None) -> bool:
        """Whether the consent page connects the account, as SDK 2.4.0 decides it.

        The chosen account type's ``scheme``, else the integration's ``authenticationType``,
        must be ``oauth``; the other schemes (``basic``: API keys, ...) take the user's inputs.
        Paragon does not guarantee to say (lean answers): then OAuth, the common case.
        """
        scheme = self.account_type_option(account_type).get("scheme") or self.integration.get(
            "authenticationType", "oauth"
        )
        return str(scheme) == "oauth"

    def skips_post_inputs(self, account_type: str | None) -> bool:
        """The account type asks no post-OAuth inputs (``skipPostOAuthInputs``)."""
        return self.account_type_option(account_type).get("skipPostOAuthInputs") is True

    def pre_inputs(self, account_type: str | None) -> list[dict[str, Any]]:
        """Inputs asked before OAuth, or the inputs of an integration without OAuth.

        Read where SDK 2.4.0 reads them: the account type's ``endUserSuppliedValues``, else
        ``authConfigInputs`` (``oauthInputs``, which older answers use, when that is empty for
        an OAuth integration). A custom integration keeps its inputs in
        ``customIntegration.inputFields``.
        """
        own = self.account_type_option(account_type).get("endUserSuppliedValues")
        if isinstance(own, list) and own:
            return list(own)
        if self.uses_oauth(account_type):
            return self._config("authConfigInputs") or self._config("oauthInputs")
        custom = self.integration.get("customIntegration")
        if isinstance(custom, dict) and isinstance(custom.get("inputFields"), list):
            return list(custom["inputFields"])
        return self._config("authConfigInputs")

    def post_inputs(self, account_type: str | None) -> list[dict[str, Any]]:
        """Inputs asked once the credential exists (none when the account type skips them)."""
        return [] if self.skips_post_inputs(account_type) else self._config("postOauthInputs")


@dataclass(frozen=True)
class Snapshot:
    """Everything the flow knows at one moment. Rules make new ones; none is changed in place.

    The mappings are copies made when the event that brought them was taken, typed read-only.
    """

    state: State = State.IDLE
    account_type: str | None = None
    # Out of the repr: inputs (API keys) and credentials may be secrets.
    pre_options: Mapping[str, Any] = field(default_factory=dict, repr=False)
    post_options: Mapping[str, Any] = field(default_factory=dict, repr=False)
    # The OAuth session's key, drawn when the consent URL is asked for.
    nonce: str | None = None
    consent_url: str | None = None
    credential: Mapping[str, Any] | None = field(default=None, repr=False)
    # A Cancel came while a request was in flight: its outcome is to be undone.
    cancel_requested: bool = False
    # The flow ended by Cancel (at once, or once the request in flight came back).
    cancelled: bool = False


# -- the table -----------------------------------------------------------------------------------

E = TypeVar("E", bound=Event)
# Check the event's content and record it: the snapshot the row goes on from (state unchanged).
Take: TypeAlias = Callable[[FlowSpec, Snapshot, E], Snapshot]
# The guard of a row with several targets: which one, from the snapshot ``take`` returned.
Choose: TypeAlias = Callable[[FlowSpec, Snapshot], State]
# What a rule returns: the snapshot to keep (the row sets its state) and the actions.
Outcome: TypeAlias = tuple[Snapshot, list[Action]]
# The rule of going to one target.
Rule: TypeAlias = Callable[[FlowSpec, Snapshot, E], Outcome]
# Why a row refuses its event: the message of the InstallFlowError it raises.
Refusal: TypeAlias = Callable[[FlowSpec, Snapshot], str]


def _keep(spec: FlowSpec, snapshot: Snapshot, event: object) -> Snapshot:
    return snapshot


@dataclass(frozen=True)
class Row(Generic[E]):
    """What ``event`` does at ``state``: the targets it may lead to and how one is chosen.

    ``to`` maps each candidate target to its rule. With several targets, ``choose`` (the
    guard) picks one from the snapshot ``take`` returned. A row with ``refusal`` and no targets
    refuses the event: ``InstallFlowError`` with the reason it gives.
    """

    state: State
    event: type[E]
    to: Mapping[State, Rule[E]]
    choose: Choose | None = None
    take: Take[E] = _keep
    refusal: Refusal | None = None

    def __post_init__(self) -> None:
        # A malformed row is a bug in the table: it fails when the module loads.
        if (self.refusal is None) == (not self.to):
            raise ValueError(f"{self}: a row either refuses or has targets")
        if self.choose is None and len(self.to) > 1:
            raise ValueError(f"{self}: several targets need a guard to choose among them")

    def __str__(self) -> str:
        return f"{self.state.name} on {self.event.__name__}"

    @property
    def targets(self) -> frozenset[State]:
        """The states this row may lead to (none for a refusal)."""
        return frozenset(self.to)

    def apply(self, spec: FlowSpec, before: Snapshot, event: E) -> Outcome:
        """The snapshot after ``event`` and the actions it calls for; ``before`` is left as is.

        Raises ``InstallFlowError`` for a refused event or wrong content.
        """
        if self.refusal is not None:
            raise InstallFlowError(self.refusal(spec, before))
        taken = self.take(spec, before, event)
        if self.choose is None:
            (target,) = self.to
        else:
            target = self.choose(spec, taken)
        rule = self.to.get(target)
        if rule is None:  # a bug in the guard, not the caller's mistake
            raise AssertionError(f"{self}: the guard chose {target.name}, not a target of the row")
        after, actions = rule(spec, taken, event)
        return replace(after, state=target), actions


# Takes: the event's content, checked, in a new snapshot.


def _take_start(spec: FlowSpec, snapshot: Snapshot, event: Start) -> Snapshot:
    # A new flow: nothing from an earlier one carries over.
    chosen = spec.options.account_type
    if chosen is not None:
        known = [str(option["id"]) for option in spec.account_types]
        if known and chosen not in known:
            raise InstallFlowError(
                f"account type {chosen!r} is not one of {spec.integration_type}'s: "
                f"{', '.join(known)}"
            )
        return Snapshot(account_type=chosen)
    if len(spec.account_types) == 1:
        return Snapshot(account_type=str(spec.account_types[0]["id"]))
    return Snapshot()


def _take_account_type(spec: FlowSpec, snapshot: Snapshot, event: AccountTypeChosen) -> Snapshot:
    known = [str(option["id"]) for option in spec.account_types]
    if event.account_type not in known:
        raise InstallFlowError(
            f"account type {event.account_type!r} is not one of {spec.integration_type}'s: "
            f"{', '.join(known)}"
        )
    return replace(snapshot, account_type=event.account_type)


def _take_pre_options(spec: FlowSpec, snapshot: Snapshot, event: PreOptionsGiven) -> Snapshot:
    inputs = spec.pre_inputs(snapshot.account_type)
    return replace(snapshot, pre_options=_check(spec, inputs, event.values, "pre-options"))


def _take_post_options(spec: FlowSpec, snapshot: Snapshot, event: PostOptionsGiven) -> Snapshot:
    inputs = spec.post_inputs(snapshot.account_type)
    return replace(snapshot, post_options=_check(spec, inputs, event.values, "post-options"))


def _take_credential(spec: FlowSpec, snapshot: Snapshot, event: CredentialReceived) -> Snapshot:
    return replace(snapshot, credential=dict(event.credential))


# Guards: which of a row's targets.


def _first_stage(spec: FlowSpec, snapshot: Snapshot) -> State:
    if snapshot.account_type is None and len(spec.account_types) > 1:
        return State.ACCOUNT_TYPE
    return _stage_after_account_type(spec, snapshot)


def _stage_after_account_type(spec: FlowSpec, snapshot: Snapshot) -> State:
    if spec.pre_inputs(snapshot.account_type) or not spec.inputs_known:
        return State.PRE_OPTIONS
    return _stage_after_pre_options(spec, snapshot)


def _stage_after_pre_options(spec: FlowSpec, snapshot: Snapshot) -> State:
    if spec.uses_oauth(snapshot.account_type):
        return State.BUILDING_OAUTH
    return State.CREATING_CREDENTIAL


def _stage_after_credential(spec: FlowSpec, snapshot: Snapshot) -> State:
    if snapshot.cancel_requested:
        return State.IDLE
    credential = _credential(snapshot)
    account_type = snapshot.account_type
    if spec.post_inputs(account_type) or (
        not spec.inputs_known
        and not spec.skips_post_inputs(account_type)
        and credential.get("status") == "PENDING"
    ):
        return State.POST_OPTIONS
    return State.DONE


def _unless_cancelled(target: State) -> Choose:
    """The guard of a request's outcome: ``target``, or ``IDLE`` if a cancel came meanwhile."""

    def choose(spec: FlowSpec, snapshot: Snapshot) -> State:
        return State.IDLE if snapshot.cancel_requested else target

    return choose


# Rules: the snapshot and actions of going to one target.


def _ask_account_type(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    return snapshot, [ShowStage("accountType", {"options": spec.account_types})]


def _ask_pre_options(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    return snapshot, [ShowStage("preOptions", {"options": spec.pre_inputs(snapshot.account_type)})]


def _install_options(spec: FlowSpec, snapshot: Snapshot) -> dict[str, Any]:
    install_options = spec.options.as_json()
    if snapshot.account_type is not None:
        install_options["accountType"] = snapshot.account_type
    return install_options


def _build_oauth_url(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    nonce = str(spec.nonce_factory())
    compact = (",", ":")
    query = {
        "action": spec.integration_type,
        "integrationId": spec.integration_id,
        "oauthMetaKeyId": nonce,
        "endUserSuppliedValues": json.dumps(dict(snapshot.pre_options), separators=compact),
        "installOptions": json.dumps(_install_options(spec, snapshot), separators=compact),
    }
    return replace(snapshot, nonce=nonce), [BuildOAuthUrl(query)]


def _create_credential(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    payload = dict(snapshot.pre_options)
    if spec.skips_post_inputs(snapshot.account_type):
        payload["skipPostOAuthInputs"] = True  # as SDK 2.4.0 tells Paragon
    body = {
        "integrationId": spec.integration_id,
        "config": {},
        "payload": payload,
        "installOptions": _install_options(spec, snapshot),
    }
    return snapshot, [CreateCredential(body)]


def _entering(*targets: State) -> dict[State, Rule[Any]]:
    """The rules of the stages a choice leads to: each shows its stage or sends its request."""
    rules: dict[State, Rule[Any]] = {
        State.ACCOUNT_TYPE: _ask_account_type,
        State.PRE_OPTIONS: _ask_pre_options,
        State.BUILDING_OAUTH: _build_oauth_url,
        State.CREATING_CREDENTIAL: _create_credential,
    }
    return {target: rules[target] for target in targets}


def _show_consent_page(spec: FlowSpec, snapshot: Snapshot, event: OAuthUrlBuilt) -> Outcome:
    actions: list[Action] = [
        ShowStage("oauth", {"consentUrl": event.url}),
        AwaitOAuth(_nonce(snapshot)),
    ]
    return replace(snapshot, consent_url=event.url), actions


def _keep_waiting(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    return snapshot, []


def _fetch_credential(spec: FlowSpec, snapshot: Snapshot, event: OAuthApproved) -> Outcome:
    return snapshot, [DeleteOAuthSession(_nonce(snapshot)), FetchCredential(event.credential_id)]


def _ask_post_options(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    stage = {
        "options": spec.post_inputs(snapshot.account_type),
        "credentialId": _credential(snapshot)["id"],
    }
    return snapshot, [ShowStage("postOptions", stage)]


def _complete_setup(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    body = {"payload": dict(snapshot.post_options), "installOptions": spec.options.as_json()}
    return snapshot, [CompleteSetup(str(_credential(snapshot)["id"]), body)]


def _finish(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    credential = dict(_credential(snapshot))
    stage = {"credentialId": credential["id"], "credential": credential}
    return snapshot, [ShowStage("done", stage), Finish(credential)]


def _undo(spec: FlowSpec, snapshot: Snapshot) -> list[Action]:
    """What undoes the flow as it stands: its OAuth session, the credential it made."""
    actions = _session_deletion(snapshot)
    if snapshot.credential is not None and snapshot.state is not State.DONE:
        actions.append(RemoveCredential(spec.integration_id, str(snapshot.credential["id"])))
    return actions


def _session_deletion(snapshot: Snapshot) -> list[Action]:
    """Deleting the OAuth session, while one may be open."""
    open_session = snapshot.state in (State.BUILDING_OAUTH, State.AWAITING_OAUTH)
    if snapshot.nonce is not None and open_session:
        return [DeleteOAuthSession(snapshot.nonce)]
    return []


def _cancel_now(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    return replace(snapshot, cancelled=True), _undo(spec, snapshot)


def _note_cancel(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    return replace(snapshot, cancel_requested=True), []


def _undo_outcome(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    # The outcome of the request that was in flight when Cancel came: undo it.
    return replace(snapshot, cancelled=True), [*_undo(spec, snapshot), ReportCancelled()]


def _undo_approval(spec: FlowSpec, snapshot: Snapshot, event: OAuthApproved) -> Outcome:
    # The approval made a credential: known by its ID only, which is what removing it takes.
    approved = replace(snapshot, credential={"id": event.credential_id})
    return _undo_outcome(spec, approved, event)


def _abandon(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    return snapshot, _undo(spec, snapshot)


def _fail(spec: FlowSpec, snapshot: Snapshot, event: object) -> Outcome:
    return snapshot, _session_deletion(snapshot)


def _nothing_to_cancel(spec: FlowSpec, snapshot: Snapshot) -> str:
    return (
        f"the install flow of {spec.integration_type} is at 'idle', where Cancel is not "
        "possible: there is no flow to cancel"
    )


def _too_late(spec: FlowSpec, snapshot: Snapshot) -> str:
    credential_id = (snapshot.credential or {}).get("id")
    return (
        f"the install flow of {spec.integration_type} is at 'done', where Cancel is not "
        f"possible: too late, the integration is installed (credential {credential_id}); "
        "uninstall_integration() removes it"
    )


def _nonce(snapshot: Snapshot) -> str:
    if snapshot.nonce is None:  # the table draws it on the way to BUILDING_OAUTH
        raise AssertionError(f"no OAuth nonce at {snapshot.state.name}")
    return snapshot.nonce


def _credential(snapshot: Snapshot) -> Mapping[str, Any]:
    if snapshot.credential is None:  # CredentialReceived records it before it is needed
        raise AssertionError(f"no credential at {snapshot.state.name}")
    return snapshot.credential


# Not annotated as a whole, so that mypy infers each row's event type and checks that its take
# and rules accept that event.
_ROWS: Final = (
    # IDLE: a flow starts at the first stage its integration asks for; nothing to cancel.
    Row(
        State.IDLE,
        Start,
        take=_take_start,
        choose=_first_stage,
        to=_entering(
            State.ACCOUNT_TYPE, State.PRE_OPTIONS, State.BUILDING_OAUTH, State.CREATING_CREDENTIAL
        ),
    ),
    Row(State.IDLE, Cancel, to={}, refusal=_nothing_to_cancel),
    # ACCOUNT_TYPE: the user is asked.
    Row(
        State.ACCOUNT_TYPE,
        AccountTypeChosen,
        take=_take_account_type,
        choose=_stage_after_account_type,
        to=_entering(State.PRE_OPTIONS, State.BUILDING_OAUTH, State.CREATING_CREDENTIAL),
    ),
    Row(State.ACCOUNT_TYPE, Cancel, to={State.IDLE: _cancel_now}),
    Row(State.ACCOUNT_TYPE, Abandon, to={State.IDLE: _abandon}),
    # PRE_OPTIONS: the user is asked.
    Row(
        State.PRE_OPTIONS,
        PreOptionsGiven,
        take=_take_pre_options,
        choose=_stage_after_pre_options,
        to=_entering(State.BUILDING_OAUTH, State.CREATING_CREDENTIAL),
    ),
    Row(State.PRE_OPTIONS, Cancel, to={State.IDLE: _cancel_now}),
    Row(State.PRE_OPTIONS, Abandon, to={State.IDLE: _abandon}),
    # BUILDING_OAUTH: buildOauthUrl is under way.
    Row(
        State.BUILDING_OAUTH,
        OAuthUrlBuilt,
        choose=_unless_cancelled(State.AWAITING_OAUTH),
        to={State.AWAITING_OAUTH: _show_consent_page, State.IDLE: _undo_outcome},
    ),
    Row(State.BUILDING_OAUTH, Cancel, to={State.BUILDING_OAUTH: _note_cancel}),
    Row(State.BUILDING_OAUTH, Abandon, to={State.IDLE: _abandon}),
    Row(State.BUILDING_OAUTH, Fail, to={State.IDLE: _fail}),
    # AWAITING_OAUTH: the session is polled until the user answers.
    Row(
        State.AWAITING_OAUTH,
        OAuthPending,
        choose=_unless_cancelled(State.AWAITING_OAUTH),
        to={State.AWAITING_OAUTH: _keep_waiting, State.IDLE: _undo_outcome},
    ),
    Row(
        State.AWAITING_OAUTH,
        OAuthApproved,
        choose=_unless_cancelled(State.FETCHING_CREDENTIAL),
        to={State.FETCHING_CREDENTIAL: _fetch_credential, State.IDLE: _undo_approval},
    ),
    Row(State.AWAITING_OAUTH, Cancel, to={State.AWAITING_OAUTH: _note_cancel}),
    Row(State.AWAITING_OAUTH, Abandon, to={State.IDLE: _abandon}),
    Row(State.AWAITING_OAUTH, Fail, to={State.IDLE: _fail}),
    # FETCHING_CREDENTIAL: the credential OAuth made is read.
    Row(
        State.FETCHING_CREDENTIAL,
        CredentialReceived,
        take=_take_credential,
        choose=_stage_after_credential,
        to={State.POST_OPTIONS: _ask_post_options, State.DONE: _finish, State.IDLE: _undo_outcome},
    ),
    Row(State.FETCHING_CREDENTIAL, Cancel, to={State.FETCHING_CREDENTIAL: _note_cancel}),
    Row(State.FETCHING_CREDENTIAL, Abandon, to={State.IDLE: _abandon}),
    Row(State.FETCHING_CREDENTIAL, Fail, to={State.IDLE: _fail}),
    # CREATING_CREDENTIAL: createCredential (an API-key integration) is under way.
    Row(
        State.CREATING_CREDENTIAL,
        CredentialReceived,
        take=_take_credential,
        choose=_stage_after_credential,
        to={State.POST_OPTIONS: _ask_post_options, State.DONE: _finish, State.IDLE: _undo_outcome},
    ),
    Row(State.CREATING_CREDENTIAL, Cancel, to={State.CREATING_CREDENTIAL: _note_cancel}),
    Row(State.CREATING_CREDENTIAL, Abandon, to={State.IDLE: _abandon}),
    Row(State.CREATING_CREDENTIAL, Fail, to={State.IDLE: _fail}),
    # POST_OPTIONS: the user is asked; the credential exists.
    Row(
        State.POST_OPTIONS,
        PostOptionsGiven,
        take=_take_post_options,
        to={State.COMPLETING_SETUP: _complete_setup},
    ),
    Row(State.POST_OPTIONS, Cancel, to={State.IDLE: _cancel_now}),
    Row(State.POST_OPTIONS, Abandon, to={State.IDLE: _abandon}),
    # COMPLETING_SETUP: completeCredentialSetup is under way.
    Row(
        State.COMPLETING_SETUP,
        CredentialReceived,
        take=_take_credential,
        choose=_unless_cancelled(State.DONE),
        to={State.DONE: _finish, State.IDLE: _undo_outcome},
    ),
    Row(State.COMPLETING_SETUP, Cancel, to={State.COMPLETING_SETUP: _note_cancel}),
    Row(State.COMPLETING_SETUP, Abandon, to={State.IDLE: _abandon}),
    Row(State.COMPLETING_SETUP, Fail, to={State.IDLE: _fail}),
    # DONE: installed; cancelling is too late.
    Row(State.DONE, Cancel, to={}, refusal=_too_late),
)

# The table, looked up by (state, event type): the one place that says what can happen.
TRANSITIONS: Final[Mapping[tuple[State, type], Row[Any]]] = {
    (row.state, row.event): row for row in _ROWS
}
if len(TRANSITIONS) != len(_ROWS):
    raise ValueError("two rows of the install flow's table share a state and an event")


class InstallFlowMachine:
    """One install flow of one integration: the table applied to a snapshot, event by event.

    ``snapshot`` is where the flow starts: a fresh one, at ``IDLE``, unless given.
    """

    def __init__(
        self,
        integration: Mapping[str, Any],
        options: InstallOptions | None = None,
        nonce_factory: Callable[[], str] = _new_nonce,
        snapshot: Snapshot | None = None,
    ) -> None:
        self.spec = FlowSpec(integration, options or InstallOptions(), nonce_factory)
        self.snapshot = Snapshot() if snapshot is None else snapshot

    def __repr__(self) -> str:
        return f"InstallFlowMachine({self.spec.integration_type!r}, {self.snapshot!r})"

    @property
    def integration_type(self) -> str:
        """The integration's type (``salesforce``)."""
        return self.spec.integration_type

    @property
    def state(self) -> State:
        """Where the flow stands."""
        return self.snapshot.state

    @property
    def cancel_requested(self) -> bool:
        """A Cancel came while a request was in flight: its outcome is to be undone."""
        return self.snapshot.cancel_requested

    @property
    def cancelled(self) -> bool:
        """The flow ended by Cancel (at once, or once the request in flight came back)."""
        return self.snapshot.cancelled

    def takes(self, event_type: type) -> bool:
        """Whether the table has a row for this event here that does not refuse it."""
        row = TRANSITIONS.get((self.snapshot.state, event_type))
        return row is not None and bool(row.to)

    def handle(self, event: Event) -> list[Action]:
        """Take one event; return the actions it calls for. Raises, changing nothing, if illegal."""
        before = self.snapshot
        row = TRANSITIONS.get((before.state, type(event)))
        if row is None:
            raise InstallFlowError(
                f"the install flow of {self.spec.integration_type} is at {before.state.value!r}, "
                f"where {type(event).__name__} is not possible"
            )
        after, actions = row.apply(self.spec, before, event)
        # The only change, made once the row's take, guard and rule have all succeeded.
        self.snapshot = after
        return actions


def _check(
    spec: FlowSpec, inputs: list[dict[str, Any]], values: Mapping[str, Any], what: str
) -> dict[str, Any]:
    if spec.inputs_known:
        return check_inputs(inputs, values, what)
    # Nothing to check against: the values go to Paragon as the application gave them.
    try:
        return check_json_object(values, what)
    except (TypeError, ValueError) as error:
        raise InstallFlowError(str(error)) from None


def check_inputs(
    inputs: list[dict[str, Any]], values: Mapping[str, Any], what: str
) -> dict[str, Any]:
    """Check the user's values against the stage's inputs: known IDs, required ones, types."""
    given = check_json_object(values, what)
    known = {str(item["id"]): item for item in inputs}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise InstallFlowError(
            f"{what}: {', '.join(map(repr, unknown))} is not an input of this stage "
            f"(the inputs are: {', '.join(known) or 'none'})"
        )
    for input_id, item in known.items():
        title = f"{input_id!r} ({item.get('title', input_id)})"
        if input_id not in given:
            if item.get("required"):
                raise InstallFlowError(f"{what}: the required input {title} is missing")
            continue
        value = given[input_id]
        kind = str(item.get("type", ""))
        if kind in _TEXT_INPUTS and not isinstance(value, str):
            raise InstallFlowError(
                f"{what}: input {title} takes a string, not {type(value).__name__}"
            )
        if kind in _TEXT_INPUTS and item.get("required") and not value.strip():
            raise InstallFlowError(f"{what}: the required input {title} is empty")
        if kind == "SWITCH" and not isinstance(value, bool):
            raise InstallFlowError(
                f"{what}: input {title} takes True or False, not {type(value).__name__}"
            )
        if kind in _OBJECT_INPUTS and not isinstance(value, Mapping):
            raise InstallFlowError(
                f"{what}: input {title} takes a mapping, not {type(value).__name__}"
            )
    return given
