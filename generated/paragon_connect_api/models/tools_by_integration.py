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
    from ..models.function_tool import FunctionTool
    from ..models.paragon_tool import ParagonTool


T = TypeVar("T", bound="ToolsByIntegration")


@_attrs_define
class ToolsByIntegration:
    """Tools by integration type (`hubspot`, `slack`, ...), in the format asked for."""

    additional_properties: dict[str, list[FunctionTool | ParagonTool]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: dict[str, Any]
                if isinstance(additional_property_item_data, FunctionTool):
                    additional_property_item = additional_property_item_data.to_dict()
                else:
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
                        additional_property_item = _parse_additional_property_item(
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
        tools_by_integration = _new(cls)
        tools_by_integration.additional_properties = additional_properties
        return tools_by_integration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[FunctionTool | ParagonTool]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[FunctionTool | ParagonTool]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__


def _parse_additional_property_item(data: object) -> FunctionTool | ParagonTool:
    _problem: DecodeError | None = None
    if isinstance(data, dict):
        try:
            componentsschemas_tool_definition_type_0 = _FunctionTool_from_dict(data)

            return componentsschemas_tool_definition_type_0
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    if isinstance(data, dict):
        try:
            componentsschemas_tool_definition_type_1 = _ParagonTool_from_dict(data)

            return componentsschemas_tool_definition_type_1
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    raise (
        _problem
        if _problem is not None
        else DecodeError.wrong_type("an object or an object", data)
    )


from ..models.function_tool import FunctionTool
from ..models.paragon_tool import ParagonTool

_FunctionTool_from_dict = FunctionTool.from_dict
_ParagonTool_from_dict = ParagonTool.from_dict
