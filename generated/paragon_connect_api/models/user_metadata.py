# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="UserMetadata")


@_attrs_define
class UserMetadata:
    """Metadata the application associated with the user; `Name` and `Email` are shown in Paragon's dashboard.

    Attributes:
        name (str | Unset):
        email (str | Unset):
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if email is not UNSET:
            field_dict["Email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "Name"
        try:
            name = d.get("Name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise DecodeError.wrong_type("a string", name)

            _key = "Email"
            email = d.get("Email", UNSET)
            if not isinstance(email, str) and email is not UNSET:
                raise DecodeError.wrong_type("a string", email)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        user_metadata = _new(cls)
        user_metadata.name = name
        user_metadata.email = email
        user_metadata.additional_properties = (
            {}
            if len(d) + (name is UNSET) + (email is UNSET) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return user_metadata

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

# The keys UserMetadata reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "Name",
        "Email",
    }
)
