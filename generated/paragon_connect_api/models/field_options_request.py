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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "action"
        try:
            action = d.pop("action")
            if not isinstance(action, str):
                raise DecodeError.wrong_type("a string", action)

            _key = "sourceKey"
            source_key = d.pop("sourceKey")
            if not isinstance(source_key, str):
                raise DecodeError.wrong_type("a string", source_key)

            _key = "parameters"
            _parameters = d.pop("parameters", UNSET)
            parameters: list[FieldOptionParameter] | Unset = UNSET
            if _parameters is not UNSET:
                if not isinstance(_parameters, list):
                    raise DecodeError.wrong_type("an array", _parameters)
                parameters = []
                for _parameters_index, parameters_item_data in enumerate(_parameters):
                    try:
                        parameters_item = FieldOptionParameter.from_dict(
                            parameters_item_data
                        )

                    except DecodeError as _error:
                        raise _error.at(_parameters_index)
                    parameters.append(parameters_item)

            _key = "paginationParameters"
            _pagination_parameters = d.pop("paginationParameters", UNSET)
            pagination_parameters: FieldOptionsPagination | Unset
            if isinstance(_pagination_parameters, Unset):
                pagination_parameters = UNSET
            else:
                pagination_parameters = FieldOptionsPagination.from_dict(
                    _pagination_parameters
                )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_options_request = cls(
            action=action,
            source_key=source_key,
            parameters=parameters,
            pagination_parameters=pagination_parameters,
        )

        field_options_request.additional_properties = d
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


from ..models.field_option_parameter import FieldOptionParameter
from ..models.field_options_pagination import FieldOptionsPagination
