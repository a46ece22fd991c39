"""Plans of the Connected User and the session.

Authenticate, the user, the user's metadata and the project's resources the user connects to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from paragon_connect_api import calls

from .._tokens import check_user_token
from .._types import AuthenticatedUser, ParagonUser, UnauthenticatedUser
from .._validation import check_json_object, check_non_empty_str, check_uuid
from ._base import CoreBase, Plan, perform

if TYPE_CHECKING:
    from paragon_connect_api.models.resource_connection import ResourceConnection


class UserPlans(CoreBase):
    """Who the Connected User is."""

    def get_user(self) -> ParagonUser:
        """The Connected User as of the last request; ``authenticated`` is False before one."""
        user = self.session.user
        return (
            user if user is not None and self.session.token is not None else UnauthenticatedUser()
        )

    def authenticate(self, project_id: str, user_token: str) -> Plan[AuthenticatedUser]:
        """Authenticate a Connected User: load their state and the project's integrations.

        ``user_token`` is a Paragon user token (an RS256 JWT your backend signs; see
        ``sign_user_token``). A token that is not a JWT, has no ``exp`` or has expired is refused
        before any request. On failure the client is left unauthenticated.
        """
        project = check_uuid(project_id, "project_id")
        token = check_user_token(user_token)
        session = self.session
        session.reset()
        session.project_id = project
        session.token = token
        try:
            me = yield from perform(calls.get_current_user(project))
            integrations = yield from perform(calls.list_integrations(project))
        except BaseException:
            session.reset()
            raise
        session.user = AuthenticatedUser.from_model(me)
        session.integrations = integrations
        return session.user

    def set_user_metadata(self, meta: Mapping[str, object]) -> Plan[AuthenticatedUser]:
        """Associate metadata from your application with the Connected User.

        ``name`` and ``email`` are stored as ``Name`` and ``Email``, as the SDK does. Keys are
        merged into the existing metadata. Returns the updated user.
        """
        values = check_json_object(meta, "meta")
        for lower, upper in (("name", "Name"), ("email", "Email")):
            if lower in values:
                if upper in values:
                    raise ValueError(
                        f"meta has both {lower!r} and {upper!r}; they are the same key"
                    )
                values[upper] = values.pop(lower)
        project_id, _ = self._require_user()
        from paragon_connect_api.models.user_metadata_update import UserMetadataUpdate

        body = UserMetadataUpdate.from_dict({"meta": values})
        model = yield from perform(calls.update_user_metadata(project_id, body=body))
        self.session.user = AuthenticatedUser.from_model(model)
        return self.session.user

    def connect_action(
        self, resource: str, payload: Mapping[str, object]
    ) -> Plan[ResourceConnection]:
        """Connect to one of the project's resources, named by its ``slug`` (SDK's connectAction).

        The user's ``resources`` (from ``get_user()``) list what there is; ``payload`` is a JSON
        object for the resource. Returns what the connection answers.
        """
        slug = check_non_empty_str(resource, "resource")
        values = check_json_object(payload, "payload")
        project_id, user = self._require_user()
        found = next(
            (
                entry.get("id")
                for entry in user.resources
                if entry.get("slug") == slug and isinstance(entry.get("id"), str)
            ),
            None,
        )
        if not isinstance(found, str):
            known = ", ".join(
                sorted(str(entry["slug"]) for entry in user.resources if "slug" in entry)
            )
            raise ValueError(f"the user has no resource {slug!r} (they have: {known or 'none'})")
        from paragon_connect_api.models.resource_connect_payload import ResourceConnectPayload

        body = ResourceConnectPayload.from_dict(values)
        return (yield from perform(calls.connect_resource(project_id, found, body=body)))
