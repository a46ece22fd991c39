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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "userId"
        try:
            user_id = d.pop("userId")
            if not isinstance(user_id, str):
                raise DecodeError.wrong_type("a string", user_id)

            _key = "integrations"
            integrations = IntegrationStateMap.from_dict(d.pop("integrations"))

            _key = "meta"
            _meta = d.pop("meta", UNSET)
            meta: UserMetadata | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = UserMetadata.from_dict(_meta)

            _key = "resources"
            _resources = d.pop("resources", UNSET)
            resources: list[ConnectResource] | Unset = UNSET
            if _resources is not UNSET:
                if not isinstance(_resources, list):
                    raise DecodeError.wrong_type("an array", _resources)
                resources = []
                for _resources_index, resources_item_data in enumerate(_resources):
                    try:
                        resources_item = ConnectResource.from_dict(resources_item_data)

                    except DecodeError as _error:
                        raise _error.at(_resources_index)
                    resources.append(resources_item)

            _key = "project"
            _project = d.pop("project", UNSET)
            project: ProjectSummary | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = ProjectSummary.from_dict(_project)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        connect_user = cls(
            user_id=user_id,
            integrations=integrations,
            meta=meta,
            resources=resources,
            project=project,
        )

        connect_user.additional_properties = d
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


from ..models.connect_resource import ConnectResource
from ..models.integration_state_map import IntegrationStateMap
from ..models.project_summary import ProjectSummary
from ..models.user_metadata import UserMetadata
