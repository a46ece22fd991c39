# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import as_object

if TYPE_CHECKING:
    from ..models.trigger_definition import TriggerDefinition


T = TypeVar("T", bound="TriggersByIntegration")


@_attrs_define
class TriggersByIntegration:
    """Triggers by integration type."""

    additional_properties: dict[str, list[TriggerDefinition]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                _additional_property = prop_dict
                if not isinstance(_additional_property, list):
                    raise DecodeError.wrong_type("an array", _additional_property)
                additional_property = []
                try:
                    for additional_property_item_data in _additional_property:
                        additional_property_item = _TriggerDefinition_from_dict(
                            additional_property_item_data
                        )

                        additional_property.append(additional_property_item)
                except DecodeError as _error:
                    raise _error.at(len(additional_property))

            except DecodeError as _error:
                raise _error.at(prop_name)
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                raise DecodeError(f"{type(_error).__name__}: {_error}").at(
                    prop_name
                ) from _error
            additional_properties[prop_name] = additional_property
        triggers_by_integration = _new(cls)
        triggers_by_integration.additional_properties = additional_properties
        return triggers_by_integration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[TriggerDefinition]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[TriggerDefinition]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__


from ..models.trigger_definition import TriggerDefinition

_TriggerDefinition_from_dict = TriggerDefinition.from_dict
