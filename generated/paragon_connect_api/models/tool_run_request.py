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
    from ..models.tool_arguments import ToolArguments


T = TypeVar("T", bound="ToolRunRequest")


@_attrs_define
class ToolRunRequest:
    """Which Tool to run, with which inputs (`runTool`).

    Attributes:
        tool (str): The Tool's name, in either format of `listTools`, like `SLACK_SEND_MESSAGE`.
        parameters (ToolArguments): The Tool's inputs, by the names of its schema (the `properties` of its `json_schema`
            definition, the `id`s of its `paragon` inputs); `{}` for none. Paged Tools take
            `paginationParameters` here.
    """

    tool: str
    parameters: ToolArguments
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool = self.tool

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool": tool,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "tool"
        try:
            tool = d["tool"]
            if not isinstance(tool, str):
                raise DecodeError.wrong_type("a string", tool)

            _key = "parameters"
            parameters = _ToolArguments_from_dict(d["parameters"])

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        tool_run_request = _new(cls)
        tool_run_request.tool = tool
        tool_run_request.parameters = parameters
        tool_run_request.additional_properties = (
            {}
            if len(d) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return tool_run_request

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

# The keys ToolRunRequest reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "tool",
        "parameters",
    }
)


from ..models.tool_arguments import ToolArguments

_ToolArguments_from_dict = ToolArguments.from_dict
