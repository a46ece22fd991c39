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


T = TypeVar("T", bound="WorkflowState")


@_attrs_define
class WorkflowState:
    """A workflow's state for the Connected User, after enabling or disabling it.

    Attributes:
        workflow_id (str | Unset):
        integration_id (str | Unset):
        credential_id (str | Unset):
        configuration_id (None | str | Unset):
        enabled (bool | Unset):
        settings (UserSettings | Unset): User Settings by input ID; the value's type depends on the input's type.
    """

    workflow_id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    credential_id: str | Unset = UNSET
    configuration_id: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    settings: UserSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        integration_id = self.integration_id

        credential_id = self.credential_id

        configuration_id: None | str | Unset
        if isinstance(self.configuration_id, Unset):
            configuration_id = UNSET
        else:
            configuration_id = self.configuration_id

        enabled = self.enabled

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if configuration_id is not UNSET:
            field_dict["configurationId"] = configuration_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "workflowId"
        try:
            workflow_id = d.get("workflowId", UNSET)
            if not isinstance(workflow_id, str) and workflow_id is not UNSET:
                raise DecodeError.wrong_type("a string", workflow_id)

            _key = "integrationId"
            integration_id = d.get("integrationId", UNSET)
            if not isinstance(integration_id, str) and integration_id is not UNSET:
                raise DecodeError.wrong_type("a string", integration_id)

            _key = "credentialId"
            credential_id = d.get("credentialId", UNSET)
            if not isinstance(credential_id, str) and credential_id is not UNSET:
                raise DecodeError.wrong_type("a string", credential_id)

            _key = "configurationId"
            configuration_id = d.get("configurationId", UNSET)
            if not (
                configuration_id is None
                or configuration_id is UNSET
                or isinstance(configuration_id, str)
            ):
                raise DecodeError.wrong_type("a string or null", configuration_id)

            _key = "enabled"
            enabled = d.get("enabled", UNSET)
            if not isinstance(enabled, bool) and enabled is not UNSET:
                raise DecodeError.wrong_type("a boolean", enabled)

            _key = "settings"
            _settings = d.get("settings", UNSET)
            settings: UserSettings | Unset = (
                UNSET if _settings is UNSET else _UserSettings_from_dict(_settings)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        workflow_state = _new(cls)
        workflow_state.workflow_id = workflow_id
        workflow_state.integration_id = integration_id
        workflow_state.credential_id = credential_id
        workflow_state.configuration_id = configuration_id
        workflow_state.enabled = enabled
        workflow_state.settings = settings
        workflow_state.additional_properties = (
            {}
            if len(d)
            + (workflow_id is UNSET)
            + (integration_id is UNSET)
            + (credential_id is UNSET)
            + (configuration_id is UNSET)
            + (enabled is UNSET)
            + (settings is UNSET)
            == 6
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return workflow_state

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

# The keys WorkflowState reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "workflowId",
        "integrationId",
        "credentialId",
        "configurationId",
        "enabled",
        "settings",
    }
)


from ..models.user_settings import UserSettings

_UserSettings_from_dict = UserSettings.from_dict
