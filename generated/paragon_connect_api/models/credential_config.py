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
    from ..models.user_settings import UserSettings
    from ..models.workflow_settings_map import WorkflowSettingsMap


T = TypeVar("T", bound="CredentialConfig")


@_attrs_define
class CredentialConfig:
    """The settings of a credential's default configuration.

    Attributes:
        shared_settings (UserSettings | Unset): User Settings by input ID; the value's type depends on the input's type.
        workflow_settings (WorkflowSettingsMap | Unset): Workflow states by workflow ID.
        configured_workflows (WorkflowSettingsMap | Unset): Workflow states by workflow ID.
    """

    shared_settings: UserSettings | Unset = UNSET
    workflow_settings: WorkflowSettingsMap | Unset = UNSET
    configured_workflows: WorkflowSettingsMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_settings, Unset):
            shared_settings = self.shared_settings.to_dict()

        workflow_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_settings, Unset):
            workflow_settings = self.workflow_settings.to_dict()

        configured_workflows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configured_workflows, Unset):
            configured_workflows = self.configured_workflows.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shared_settings is not UNSET:
            field_dict["sharedSettings"] = shared_settings
        if workflow_settings is not UNSET:
            field_dict["workflowSettings"] = workflow_settings
        if configured_workflows is not UNSET:
            field_dict["configuredWorkflows"] = configured_workflows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "sharedSettings"
        try:
            _shared_settings = d.get("sharedSettings", UNSET)
            shared_settings: UserSettings | Unset = (
                UNSET
                if _shared_settings is UNSET
                else _UserSettings_from_dict(_shared_settings)
            )

            _key = "workflowSettings"
            _workflow_settings = d.get("workflowSettings", UNSET)
            workflow_settings: WorkflowSettingsMap | Unset = (
                UNSET
                if _workflow_settings is UNSET
                else _WorkflowSettingsMap_from_dict(_workflow_settings)
            )

            _key = "configuredWorkflows"
            _configured_workflows = d.get("configuredWorkflows", UNSET)
            configured_workflows: WorkflowSettingsMap | Unset = (
                UNSET
                if _configured_workflows is UNSET
                else _WorkflowSettingsMap_from_dict(_configured_workflows)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        credential_config = _new(cls)
        credential_config.shared_settings = shared_settings
        credential_config.workflow_settings = workflow_settings
        credential_config.configured_workflows = configured_workflows
        credential_config.additional_properties = (
            {}
            if len(d)
            + (shared_settings is UNSET)
            + (workflow_settings is UNSET)
            + (configured_workflows is UNSET)
            == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return credential_config

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

# The keys CredentialConfig reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "sharedSettings",
        "workflowSettings",
        "configuredWorkflows",
    }
)


from ..models.user_settings import UserSettings
from ..models.workflow_settings_map import WorkflowSettingsMap

_UserSettings_from_dict = UserSettings.from_dict
_WorkflowSettingsMap_from_dict = WorkflowSettingsMap.from_dict
