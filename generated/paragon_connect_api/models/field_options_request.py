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
    from ..models.field_option_parameter import FieldOptionParameter
    from ..models.field_options_pagination import FieldOptionsPagination


T = TypeVar("T", bound="FieldOptionsRequest")


@_attrs_define
class FieldOptionsRequest:
    """The body of `getFieldOptions`.

    Attributes:
        action (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        source_key (str): The source type, or the `cacheKey` of a source inside a compound one.
        parameters (list[FieldOptionParameter] | Unset):
        pagination_parameters (FieldOptionsPagination | Unset): Which page to load.
    """

    action: str
    source_key: str
    parameters: list[FieldOptionParameter] | Unset = UNSET
    pagination_parameters: FieldOptionsPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        source_key = self.source_key

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        pagination_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination_parameters, Unset):
            pagination_parameters = self.pagination_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "sourceKey": source_key,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if pagination_parameters is not UNSET:
            field_dict["paginationParameters"] = pagination_parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "action"
        try:
            action = d["action"]
            if not isinstance(action, str):
                raise DecodeError.wrong_type("a string", action)

            _key = "sourceKey"
            source_key = d["sourceKey"]
            if not isinstance(source_key, str):
                raise DecodeError.wrong_type("a string", source_key)

            _key = "parameters"
            _parameters = d.get("parameters", UNSET)
            parameters: list[FieldOptionParameter] | Unset = UNSET
            if _parameters is not UNSET:
                if not isinstance(_parameters, list):
                    raise DecodeError.wrong_type("an array", _parameters)
                parameters = []
                try:
                    for parameters_item_data in _parameters:
                        parameters_item = _FieldOptionParameter_from_dict(
                            parameters_item_data
                        )

                        parameters.append(parameters_item)
                except DecodeError as _error:
                    raise _error.at(len(parameters))

            _key = "paginationParameters"
            _pagination_parameters = d.get("paginationParameters", UNSET)
            pagination_parameters: FieldOptionsPagination | Unset = (
                UNSET
                if _pagination_parameters is UNSET
                else _FieldOptionsPagination_from_dict(_pagination_parameters)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_options_request = _new(cls)
        field_options_request.action = action
        field_options_request.source_key = source_key
        field_options_request.parameters = parameters
        field_options_request.pagination_parameters = pagination_parameters
        field_options_request.additional_properties = (
            {}
            if len(d) + (parameters is UNSET) + (pagination_parameters is UNSET) == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_options_request

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

# The keys FieldOptionsRequest reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "action",
        "sourceKey",
        "parameters",
        "paginationParameters",
    }
)


from ..models.field_option_parameter import FieldOptionParameter
from ..models.field_options_pagination import FieldOptionsPagination

_FieldOptionParameter_from_dict = FieldOptionParameter.from_dict
_FieldOptionsPagination_from_dict = FieldOptionsPagination.from_dict
