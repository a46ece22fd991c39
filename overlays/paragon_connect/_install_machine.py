"""The headless install flow as a pure state machine: events in, actions out, no I/O.

The rules, in the manner of h11's ``_state.py``:

- The machine is in one ``State`` at a time. ``TRANSITIONS`` lists, for each state, the events
  it accepts and the states each may lead to; the route through them depends on the
  integration (account types, inputs before OAuth, OAuth or API key, inputs after).
- ``handle(event)`` checks the event against the table and its content (required inputs, their
  types, a known account type) *before* changing anything: an illegal or invalid event raises
  and leaves the state as it was. Otherwise it moves to the next state and returns the actions
  the driver must perform — show a stage, build the consent URL, poll the OAuth session, create
  or read a credential, ... — whose outcomes come back as further events.
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
-> DONE``. ``Fail`` ends the flow from any waiting state.

Cancelling, state by state (``Cancel`` is what ``install_flow.cancel()`` hands the machine):

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
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from ._exceptions import ParagonError
from ._validation import check_json_object

__all__ = [
    "ASKING",
    "IN_FLIGHT",
    "TRANSITIONS",
    "Action",
    "InstallFlowError",
    "InstallFlowMachine",
    "InstallOptions",
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

# For each state, the events it accepts and where each may lead.
TRANSITIONS: Final[dict[State, dict[type, frozenset[State]]]] = {
    State.IDLE: {
        Start: frozenset(
            {State.ACCOUNT_TYPE, State.PRE_OPTIONS, State.BUILDING_OAUTH, State.CREATING_CREDENTIAL}
        ),
    },
    State.ACCOUNT_TYPE: {
        AccountTypeChosen: frozenset(
            {State.PRE_OPTIONS, State.BUILDING_OAUTH, State.CREATING_CREDENTIAL}
        ),
    },
    State.PRE_OPTIONS: {
        PreOptionsGiven: frozenset({State.BUILDING_OAUTH, State.CREATING_CREDENTIAL}),
    },
    # With a cancel requested, each request's outcome leads back to IDLE instead.
    State.BUILDING_OAUTH: {OAuthUrlBuilt: frozenset({State.AWAITING_OAUTH, State.IDLE})},
    State.AWAITING_OAUTH: {
        OAuthPending: frozenset({State.AWAITING_OAUTH, State.IDLE}),
        OAuthApproved: frozenset({State.FETCHING_CREDENTIAL, State.IDLE}),
    },
    State.FETCHING_CREDENTIAL: {
        CredentialReceived: frozenset({State.POST_OPTIONS, State.DONE, State.IDLE})
    },
    State.CREATING_CREDENTIAL: {
        CredentialReceived: frozenset({State.POST_OPTIONS, State.DONE, State.IDLE})
    },
    State.POST_OPTIONS: {PostOptionsGiven: frozenset({State.COMPLETING_SETUP})},
    State.COMPLETING_SETUP: {CredentialReceived: frozenset({State.DONE, State.IDLE})},
    State.DONE: {},
}
# Cancel: at once where the user is asked, noted (the state stays) where a request is in
# flight; refused at DONE, too late. Abandon and Fail end the flow from where a step can be.
for _state in ASKING:
    TRANSITIONS[_state][Cancel] = frozenset({State.IDLE})
    TRANSITIONS[_state][Abandon] = frozenset({State.IDLE})
for _state in IN_FLIGHT:
    TRANSITIONS[_state][Cancel] = frozenset({_state})
    TRANSITIONS[_state][Abandon] = frozenset({State.IDLE})
    TRANSITIONS[_state][Fail] = frozenset({State.IDLE})

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


@dataclass
class InstallFlowMachine:
    """One install flow of one integration (``integration`` is its JSON from listIntegrations)."""

    integration: dict[str, Any]
    options: InstallOptions = field(default_factory=InstallOptions)
    nonce_factory: Any = field(default=lambda: secrets.token_hex(16))
    state: State = State.IDLE
    account_type: str | None = None
    pre_options: dict[str, Any] = field(default_factory=dict)
    nonce: str | None = None
    credential: dict[str, Any] | None = None
    consent_url: str | None = None
    # A Cancel came while a request was in flight: its outcome is to be undone.
    cancel_requested: bool = False
    # The flow ended by Cancel (at once, or once the request in flight came back).
    cancelled: bool = False

    # -- what the integration asks for -------------------------------------------------------------

    @property
    def integration_type(self) -> str:
        """The integration's type (``salesforce``)."""
        return str(self.integration["type"])

    @property
    def _account_type_option(self) -> dict[str, Any]:
        for option in self.account_types:
            if str(option.get("id")) == self.account_type:
                return option
        return {}

    @property
    def uses_oauth(self) -> bool:
        """Whether the consent page connects the account, as SDK 2.4.0 decides it.

        The chosen account type's ``scheme``, else the integration's ``authenticationType``,
        must be ``oauth``; the other schemes (``basic``: API keys, ...) take the user's inputs.
        Paragon does not guarantee to say (lean answers): then OAuth, the common case.
        """
        scheme = self._account_type_option.get("scheme") or self.integration.get(
            "authenticationType", "oauth"
        )
        return str(scheme) == "oauth"

    @property
    def skips_post_inputs(self) -> bool:
        """The chosen account type asks no post-OAuth inputs (``skipPostOAuthInputs``)."""
        return self._account_type_option.get("skipPostOAuthInputs") is True

    def _config(self, key: str) -> list[dict[str, Any]]:
        config = self.integration.get("sdkIntegrationConfig") or {}
        value = config.get(key) or []
        return list(value)

    @property
    def account_types(self) -> list[dict[str, Any]]:
        """The account types to choose from."""
        return self._config("accountTypes")

    @property
    def pre_inputs(self) -> list[dict[str, Any]]:
        """Inputs asked before OAuth, or the inputs of an integration without OAuth.

        Read where SDK 2.4.0 reads them: the chosen account type's ``endUserSuppliedValues``,
        else ``authConfigInputs`` (``oauthInputs``, which older answers use, when that is empty
        for an OAuth integration). A custom integration keeps its inputs in
        ``customIntegration.inputFields``.
        """
        own = self._account_type_option.get("endUserSuppliedValues")
        if isinstance(own, list) and own:
            return list(own)
        if self.uses_oauth:
            return self._config("authConfigInputs") or self._config("oauthInputs")
        custom = self.integration.get("customIntegration")
        if isinstance(custom, dict) and isinstance(custom.get("inputFields"), list):
            return list(custom["inputFields"])
        return self._config("authConfigInputs")

    @property
    def inputs_known(self) -> bool:
        """Whether Paragon said which inputs the integration asks for (sdkIntegrationConfig)."""
        custom = self.integration.get("customIntegration")
        if isinstance(custom, dict) and isinstance(custom.get("inputFields"), list):
            return True
        return isinstance(self.integration.get("sdkIntegrationConfig"), dict)

    @property
    def post_inputs(self) -> list[dict[str, Any]]:
        """Inputs asked once the credential exists (none when the account type skips them)."""
        return [] if self.skips_post_inputs else self._config("postOauthInputs")

    # -- the machine ---------------------------------------------------------------------------

    def handle(self, event: Event) -> list[Action]:
        """Take one event; return the actions it calls for. Raises, changing nothing, if illegal."""
        accepted = TRANSITIONS[self.state]
        if isinstance(event, Cancel) and self.state is State.DONE:
            raise InstallFlowError(
                f"the install flow of {self.integration_type} is at 'done', where Cancel is not "
                "possible: too late, the integration is installed (credential "
                f"{(self.credential or {}).get('id')}); uninstall_integration() removes it"
            )
        if type(event) not in accepted:
            raise InstallFlowError(
                f"the install flow of {self.integration_type} is at {self.state.value!r}, "
                f"where {type(event).__name__} is not possible"
            )
        before = self.state
        target, actions = self._react(event)
        if target not in accepted[type(event)]:  # a bug in _react, not the caller's mistake
            raise AssertionError(
                f"{before} -> {target} on {type(event).__name__} is not in TRANSITIONS"
            )
        self.state = target
        return actions

    def _react(self, event: Event) -> tuple[State, list[Action]]:
        """Compute the next state and actions; validate first, mutate nothing the caller sees."""
        if isinstance(event, Start):
            return self._after_start()
        if isinstance(event, AccountTypeChosen):
            known = [str(option["id"]) for option in self.account_types]
            if event.account_type not in known:
                raise InstallFlowError(
                    f"account type {event.account_type!r} is not one of {self.integration_type}'s: "
                    f"{', '.join(known)}"
                )
            self.account_type = event.account_type
            return self._after_account_type()
        if isinstance(event, PreOptionsGiven):
            values = self._check(self.pre_inputs, event.values, "pre-options")
            self.pre_options = values
            return self._after_pre_options()
        if isinstance(event, Cancel):
            if self.state in IN_FLIGHT:
                self.cancel_requested = True
                return self.state, []
            self.cancelled = True
            return State.IDLE, self._undo()
        if isinstance(event, Abandon):
            return State.IDLE, self._undo()
        if self.cancel_requested and isinstance(
            event, OAuthUrlBuilt | OAuthPending | OAuthApproved | CredentialReceived
        ):
            # The outcome of the request that was in flight when Cancel came: undo it.
            if isinstance(event, OAuthApproved):
                self.credential = {"id": event.credential_id}
            elif isinstance(event, CredentialReceived):
                self.credential = event.credential
            self.cancelled = True
            return State.IDLE, [*self._undo(), ReportCancelled()]
        if isinstance(event, OAuthPending):
            return State.AWAITING_OAUTH, []
        if isinstance(event, OAuthUrlBuilt):
            self.consent_url = event.url
            assert self.nonce is not None
            return State.AWAITING_OAUTH, [
                ShowStage("oauth", {"consentUrl": event.url}),
                AwaitOAuth(self.nonce),
            ]
        if isinstance(event, OAuthApproved):
            assert self.nonce is not None
            return State.FETCHING_CREDENTIAL, [
                DeleteOAuthSession(self.nonce),
                FetchCredential(event.credential_id),
            ]
        if isinstance(event, CredentialReceived):
            self.credential = event.credential
            if self.state in (State.FETCHING_CREDENTIAL, State.CREATING_CREDENTIAL) and (
                self.post_inputs
                or (
                    not self.inputs_known
                    and not self.skips_post_inputs
                    and event.credential.get("status") == "PENDING"
                )
            ):
                stage = {"options": self.post_inputs, "credentialId": event.credential["id"]}
                return State.POST_OPTIONS, [ShowStage("postOptions", stage)]
            return State.DONE, self._done(event.credential)
        if isinstance(event, PostOptionsGiven):
            values = self._check(self.post_inputs, event.values, "post-options")
            assert self.credential is not None
            body = {"payload": values, "installOptions": self.options.as_json()}
            return State.COMPLETING_SETUP, [CompleteSetup(str(self.credential["id"]), body)]
        if isinstance(event, Fail):
            actions: list[Action] = []
            if self.nonce is not None and self.state in (
                State.BUILDING_OAUTH,
                State.AWAITING_OAUTH,
            ):
                actions.append(DeleteOAuthSession(self.nonce))
            return State.IDLE, actions
        raise AssertionError(f"unhandled event {event!r}")

    def _undo(self) -> list[Action]:
        """What undoes the flow as it stands: its OAuth session, the credential it made."""
        actions: list[Action] = []
        if self.nonce is not None and self.state in (State.BUILDING_OAUTH, State.AWAITING_OAUTH):
            actions.append(DeleteOAuthSession(self.nonce))
        if self.credential is not None and self.state is not State.DONE:
            actions.append(
                RemoveCredential(str(self.integration["id"]), str(self.credential["id"]))
            )
        return actions

    def _after_start(self) -> tuple[State, list[Action]]:
        chosen = self.options.account_type
        if chosen is not None:
            known = [str(option["id"]) for option in self.account_types]
            if known and chosen not in known:
                raise InstallFlowError(
                    f"account type {chosen!r} is not one of {self.integration_type}'s: "
                    f"{', '.join(known)}"
                )
            self.account_type = chosen
            return self._after_account_type()
        if len(self.account_types) > 1:
            return State.ACCOUNT_TYPE, [ShowStage("accountType", {"options": self.account_types})]
        if self.account_types:
            self.account_type = str(self.account_types[0]["id"])
        return self._after_account_type()

    def _check(
        self, inputs: list[dict[str, Any]], values: Mapping[str, Any], what: str
    ) -> dict[str, Any]:
        if self.inputs_known:
            return check_inputs(inputs, values, what)
        # Nothing to check against: the values go to Paragon as the application gave them.
        try:
            return check_json_object(values, what)
        except (TypeError, ValueError) as error:
            raise InstallFlowError(str(error)) from None

    def _after_account_type(self) -> tuple[State, list[Action]]:
        if self.pre_inputs or not self.inputs_known:
            return State.PRE_OPTIONS, [ShowStage("preOptions", {"options": self.pre_inputs})]
        return self._after_pre_options()

    def _after_pre_options(self) -> tuple[State, list[Action]]:
        install_options = self.options.as_json()
        if self.account_type is not None:
            install_options["accountType"] = self.account_type
        if not self.uses_oauth:
            payload = dict(self.pre_options)
            if self.skips_post_inputs:
                payload["skipPostOAuthInputs"] = True  # as SDK 2.4.0 tells Paragon
            body = {
                "integrationId": str(self.integration["id"]),
                "config": {},
                "payload": payload,
                "installOptions": install_options,
            }
            return State.CREATING_CREDENTIAL, [CreateCredential(body)]
        self.nonce = str(self.nonce_factory())
        import json

        query = {
            "action": self.integration_type,
            "integrationId": str(self.integration["id"]),
            "oauthMetaKeyId": self.nonce,
            "endUserSuppliedValues": json.dumps(self.pre_options, separators=(",", ":")),
            "installOptions": json.dumps(install_options, separators=(",", ":")),
        }
        return State.BUILDING_OAUTH, [BuildOAuthUrl(query)]

    def _done(self, credential: dict[str, Any]) -> list[Action]:
        return [
            ShowStage("done", {"credentialId": credential["id"], "credential": credential}),
            Finish(credential),
        ]


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
