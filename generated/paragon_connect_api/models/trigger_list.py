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
    from ..models.catalog_error import CatalogError
    from ..models.triggers_by_integration import TriggersByIntegration


T = TypeVar("T", bound="TriggerList")


@_attrs_define
class TriggerList:
    """What `listTriggers` answers (SDK 2.4.0's `GetTriggerTypesResponse`).

    Attributes:
        triggers (TriggersByIntegration): Triggers by integration type.
        errors (list[CatalogError] | Unset): The integrations whose Triggers could not be loaded.
    """

    triggers: TriggersByIntegration
    errors: list[CatalogError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        triggers = self.triggers.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "triggers": triggers,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "triggers"
        try:
            triggers = _TriggersByIntegration_from_dict(d["triggers"])

            _key = "errors"
            _errors = d.get("errors", UNSET)
            errors: list[CatalogError] | Unset = UNSET
            if _errors is not UNSET:
                if not isinstance(_errors, list):
                    raise DecodeError.wrong_type("an array", _errors)
                errors = []
                try:
                    for errors_item_data in _errors:
                        errors_item = _CatalogError_from_dict(errors_item_data)

                        errors.append(errors_item)
                except DecodeError as _error:
                    raise _error.at(len(errors))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        trigger_list = _new(cls)
        trigger_list.triggers = triggers
        trigger_list.errors = errors
        trigger_list.additional_properties = (
            {}
            if len(d) + (errors is UNSET) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return trigger_list

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

# The keys TriggerList reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "triggers",
        "errors",
    }
)


from ..models.catalog_error import CatalogError
from ..models.triggers_by_integration import TriggersByIntegration

_CatalogError_from_dict = CatalogError.from_dict
_TriggersByIntegration_from_dict = TriggersByIntegration.from_dict
