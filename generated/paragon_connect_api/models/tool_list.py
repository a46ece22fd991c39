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
    from ..models.tools_by_integration import ToolsByIntegration


T = TypeVar("T", bound="ToolList")


@_attrs_define
class ToolList:
    """What `listTools` (and the deprecated `listActions`) answers: the Tools by integration
    type, and the integrations whose Tools could not be loaded. The Tools come under `tools`
    (the List Tools page's example); earlier answers and the `/actions` path put them under
    `actions`. Read `tools`, else `actions`.

        Attributes:
            tools (ToolsByIntegration | Unset): Tools by integration type (`hubspot`, `slack`, ...), in the format asked
                for.
            actions (ToolsByIntegration | Unset): Tools by integration type (`hubspot`, `slack`, ...), in the format asked
                for.
            errors (list[CatalogError] | Unset): The integrations whose Tools could not be loaded; empty when every one was.
    """

    tools: ToolsByIntegration | Unset = UNSET
    actions: ToolsByIntegration | Unset = UNSET
    errors: list[CatalogError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tools: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools.to_dict()

        actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tools is not UNSET:
            field_dict["tools"] = tools
        if actions is not UNSET:
            field_dict["actions"] = actions
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "tools"
        try:
            _tools = d.get("tools", UNSET)
            tools: ToolsByIntegration | Unset = (
                UNSET if _tools is UNSET else _ToolsByIntegration_from_dict(_tools)
            )

            _key = "actions"
            _actions = d.get("actions", UNSET)
            actions: ToolsByIntegration | Unset = (
                UNSET if _actions is UNSET else _ToolsByIntegration_from_dict(_actions)
            )

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
        tool_list = _new(cls)
        tool_list.tools = tools
        tool_list.actions = actions
        tool_list.errors = errors
        tool_list.additional_properties = (
            {}
            if len(d) + (tools is UNSET) + (actions is UNSET) + (errors is UNSET) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return tool_list

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

# The keys ToolList reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "tools",
        "actions",
        "errors",
    }
)


from ..models.catalog_error import CatalogError
from ..models.tools_by_integration import ToolsByIntegration

_CatalogError_from_dict = CatalogError.from_dict
_ToolsByIntegration_from_dict = ToolsByIntegration.from_dict
