# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.connect_resource import ConnectResource
    from ..models.integration_state_map import IntegrationStateMap
    from ..models.project_summary import ProjectSummary
    from ..models.user_metadata import UserMetadata


T = TypeVar("T", bound="ConnectUser")


@_attrs_define
class ConnectUser:
    """The Connected User's state. `getUser()` returns it with `authenticated` added.

    Attributes:
        user_id (str): The user ID the application put in the token's `sub`.
        integrations (IntegrationStateMap): The user's state for each integration of the project, by integration type.
        meta (UserMetadata | Unset): Metadata the application associated with the user; `Name` and `Email` are shown in
            Paragon's dashboard.
        resources (list[ConnectResource] | Unset):
        project (ProjectSummary | Unset): The project the user belongs to.
    """

    user_id: str
    integrations: IntegrationStateMap
    meta: UserMetadata | Unset = UNSET
    resources: list[ConnectResource] | Unset = UNSET
    project: ProjectSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        integrations = self.integrations.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "integrations": integrations,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if resources is not UNSET:
            field_dict["resources"] = resources
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "userId"
        try:
            user_id = d["userId"]
            if not isinstance(user_id, str):
                raise DecodeError.wrong_type("a string", user_id)

            _key = "integrations"
            integrations = _IntegrationStateMap_from_dict(d["integrations"])

            _key = "meta"
            _meta = d.get("meta", UNSET)
            meta: UserMetadata | Unset = (
                UNSET if _meta is UNSET else _UserMetadata_from_dict(_meta)
            )

            _key = "resources"
            _resources = d.get("resources", UNSET)
            resources: list[ConnectResource] | Unset = UNSET
            if _resources is not UNSET:
                if not isinstance(_resources, list):
                    raise DecodeError.wrong_type("an array", _resources)
                resources = []
                try:
                    for resources_item_data in _resources:
                        resources_item = _ConnectResource_from_dict(resources_item_data)

                        resources.append(resources_item)
                except DecodeError as _error:
                    raise _error.at(len(resources))

            _key = "project"
            _project = d.get("project", UNSET)
            project: ProjectSummary | Unset = (
                UNSET if _project is UNSET else _ProjectSummary_from_dict(_project)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        connect_user = _new(cls)
        connect_user.user_id = user_id
        connect_user.integrations = integrations
        connect_user.meta = meta
        connect_user.resources = resources
        connect_user.project = project
        connect_user.additional_properties = (
            {}
            if len(d) + (meta is UNSET) + (resources is UNSET) + (project is UNSET) == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return connect_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys ConnectUser reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "userId",
        "integrations",
        "meta",
        "resources",
        "project",
    }
)


from ..models.connect_resource import ConnectResource
from ..models.integration_state_map import IntegrationStateMap
from ..models.project_summary import ProjectSummary
from ..models.user_metadata import UserMetadata

_ConnectResource_from_dict = ConnectResource.from_dict
_IntegrationStateMap_from_dict = IntegrationStateMap.from_dict
_ProjectSummary_from_dict = ProjectSummary.from_dict
_UserMetadata_from_dict = UserMetadata.from_dict
