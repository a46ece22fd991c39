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
    from ..models.configuration_meta import ConfigurationMeta
    from ..models.user_settings import UserSettings
    from ..models.workflow_settings_update_map import WorkflowSettingsUpdateMap


T = TypeVar("T", bound="ConfigurationCreateRequest")


@_attrs_define
class ConfigurationCreateRequest:
    """The body of `createConfiguration`.

    Attributes:
        external_id (str | Unset):
        shared_settings (UserSettings | Unset): User Settings by input ID; the value's type depends on the input's type.
        workflow_settings (WorkflowSettingsUpdateMap | Unset): Changes to workflow states by workflow ID; workflows not
            listed are kept.
        config_meta (ConfigurationMeta | Unset): Free-form metadata of a configuration.
    """

    external_id: str | Unset = UNSET
    shared_settings: UserSettings | Unset = UNSET
    workflow_settings: WorkflowSettingsUpdateMap | Unset = UNSET
    config_meta: ConfigurationMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        shared_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_settings, Unset):
            shared_settings = self.shared_settings.to_dict()

        workflow_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_settings, Unset):
            workflow_settings = self.workflow_settings.to_dict()

        config_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_meta, Unset):
            config_meta = self.config_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if shared_settings is not UNSET:
            field_dict["sharedSettings"] = shared_settings
        if workflow_settings is not UNSET:
            field_dict["workflowSettings"] = workflow_settings
        if config_meta is not UNSET:
            field_dict["configMeta"] = config_meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "externalId"
        try:
            external_id = d.get("externalId", UNSET)
            if not isinstance(external_id, str) and external_id is not UNSET:
                raise DecodeError.wrong_type("a string", external_id)

            _key = "sharedSettings"
            _shared_settings = d.get("sharedSettings", UNSET)
            shared_settings: UserSettings | Unset = (
                UNSET
                if _shared_settings is UNSET
                else _UserSettings_from_dict(_shared_settings)
            )

            _key = "workflowSettings"
            _workflow_settings = d.get("workflowSettings", UNSET)
            workflow_settings: WorkflowSettingsUpdateMap | Unset = (
                UNSET
                if _workflow_settings is UNSET
                else _WorkflowSettingsUpdateMap_from_dict(_workflow_settings)
            )

            _key = "configMeta"
            _config_meta = d.get("configMeta", UNSET)
            config_meta: ConfigurationMeta | Unset = (
                UNSET
                if _config_meta is UNSET
                else _ConfigurationMeta_from_dict(_config_meta)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        configuration_create_request = _new(cls)
        configuration_create_request.external_id = external_id
        configuration_create_request.shared_settings = shared_settings
        configuration_create_request.workflow_settings = workflow_settings
        configuration_create_request.config_meta = config_meta
        configuration_create_request.additional_properties = (
            {}
            if len(d)
            + (external_id is UNSET)
            + (shared_settings is UNSET)
            + (workflow_settings is UNSET)
            + (config_meta is UNSET)
            == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return configuration_create_request

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

# The keys ConfigurationCreateRequest reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "externalId",
        "sharedSettings",
        "workflowSettings",
        "configMeta",
    }
)


from ..models.configuration_meta import ConfigurationMeta
from ..models.user_settings import UserSettings
from ..models.workflow_settings_update_map import WorkflowSettingsUpdateMap

_ConfigurationMeta_from_dict = ConfigurationMeta.from_dict
_UserSettings_from_dict = UserSettings.from_dict
_WorkflowSettingsUpdateMap_from_dict = WorkflowSettingsUpdateMap.from_dict
