# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError, describe
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="FieldOption")


@_attrs_define
class FieldOption:
    """One option of a dropdown.

    Attributes:
        label (str): What the user sees.
        value (str): What is saved as the setting's value, or passed as a parameter's value.
        type_ (Literal['OPTION'] | Unset): Optional; Paragon's own examples leave it out.
    """

    label: str
    value: str
    type_: Literal["OPTION"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "label"
        try:
            label = d["label"]
            if not isinstance(label, str):
                raise DecodeError.wrong_type("a string", label)

            _key = "value"
            value = d["value"]
            if not isinstance(value, str):
                raise DecodeError.wrong_type("a string", value)

            _key = "type"
            type_ = cast(Literal["OPTION"] | Unset, d.get("type", UNSET))
            if type_ != "OPTION" and not isinstance(type_, Unset):
                raise DecodeError(
                    "expected "
                    + repr("OPTION")
                    + ", got "
                    + (
                        repr(type_)
                        if isinstance(type_, str) and len(type_) <= 64
                        else describe(type_)
                    )
                )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_option = _new(cls)
        field_option.label = label
        field_option.value = value
        field_option.type_ = type_
        field_option.additional_properties = (
            {}
            if len(d) + (type_ is UNSET) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_option

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

# The keys FieldOption reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "label",
        "value",
        "type",
    }
)
