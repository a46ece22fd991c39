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


T = TypeVar("T", bound="WorkflowSettingUpdate")


@_attrs_define
class WorkflowSettingUpdate:
    """A change to one workflow's state: `enabled`, when sent, replaces the enablement; `settings`
    are merged key by key. Either may be left out (settings alone never toggle the workflow).

        Attributes:
            enabled (bool | Unset):
            settings (UserSettings | Unset): User Settings by input ID; the value's type depends on the input's type.
    """

    enabled: bool | Unset = UNSET
    settings: UserSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "enabled"
        try:
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
        workflow_setting_update = _new(cls)
        workflow_setting_update.enabled = enabled
        workflow_setting_update.settings = settings
        workflow_setting_update.additional_properties = (
            {}
            if len(d) + (enabled is UNSET) + (settings is UNSET) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return workflow_setting_update

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

# The keys WorkflowSettingUpdate reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "enabled",
        "settings",
    }
)


from ..models.user_settings import UserSettings

_UserSettings_from_dict = UserSettings.from_dict
