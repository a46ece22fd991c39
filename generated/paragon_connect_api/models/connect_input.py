# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.connect_input_type import ConnectInputType
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="ConnectInput")


@_attrs_define
class ConnectInput:
    """An input the user fills in: a User Setting, a pre-OAuth or a post-OAuth option.

    Attributes:
        id (str):
        title (str):
        type_ (ConnectInputType): The kind of an input, which decides the type of its value.
        subtitle (str | Unset):
        placeholder (str | Unset):
        required (bool | Unset):
        default_value (Any | Unset): The value used when the user gives none.
        source_type (str | Unset): For dynamic inputs, the data source to load options from (`getDataSourceOptions`,
            `getFieldOptions`).
    """

    id: str
    title: str
    type_: ConnectInputType
    subtitle: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    required: bool | Unset = UNSET
    default_value: Any | Unset = UNSET
    source_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_ = self.type_.value

        subtitle = self.subtitle

        placeholder = self.placeholder

        required = self.required

        default_value = self.default_value

        source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "type": type_,
            }
        )
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if required is not UNSET:
            field_dict["required"] = required
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "title"
            title = d["title"]
            if not isinstance(title, str):
                raise DecodeError.wrong_type("a string", title)

            _key = "type"
            _type_ = d["type"]
            if not isinstance(_type_, str):
                raise DecodeError.wrong_type("a string", _type_)

            type_ = cast(
                ConnectInputType,
                ConnectInputType._value2member_map_.get(_type_)
                or ConnectInputType(_type_),
            )

            _key = "subtitle"
            subtitle = d.get("subtitle", UNSET)
            if not isinstance(subtitle, str) and subtitle is not UNSET:
                raise DecodeError.wrong_type("a string", subtitle)

            _key = "placeholder"
            placeholder = d.get("placeholder", UNSET)
            if not isinstance(placeholder, str) and placeholder is not UNSET:
                raise DecodeError.wrong_type("a string", placeholder)

            _key = "required"
            required = d.get("required", UNSET)
            if not isinstance(required, bool) and required is not UNSET:
                raise DecodeError.wrong_type("a boolean", required)

            _key = "defaultValue"
            default_value = d.get("defaultValue", UNSET)

            _key = "sourceType"
            source_type = d.get("sourceType", UNSET)
            if not isinstance(source_type, str) and source_type is not UNSET:
                raise DecodeError.wrong_type("a string", source_type)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        connect_input = _new(cls)
        connect_input.id = id
        connect_input.title = title
        connect_input.type_ = type_
        connect_input.subtitle = subtitle
        connect_input.placeholder = placeholder
        connect_input.required = required
        connect_input.default_value = default_value
        connect_input.source_type = source_type
        connect_input.additional_properties = (
            {}
            if len(d)
            + (subtitle is UNSET)
            + (placeholder is UNSET)
            + (required is UNSET)
            + (default_value is UNSET)
            + (source_type is UNSET)
            == 8
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return connect_input

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

# The keys ConnectInput reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "title",
        "type",
        "subtitle",
        "placeholder",
        "required",
        "defaultValue",
        "sourceType",
    }
)
