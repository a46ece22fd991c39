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
    from ..models.connect_input import ConnectInput


T = TypeVar("T", bound="CustomIntegration")


@_attrs_define
class CustomIntegration:
    """The definition of a custom integration built in Paragon's dashboard. Its integration's
    `type` is `custom.<name>`, and so is `slug`; SDK 2.4.0 reads the inputs a user gives when
    connecting it from `inputFields` (not `sdkIntegrationConfig.authConfigInputs`).

        Attributes:
            id (str | Unset):
            name (str | Unset):
            slug (str | Unset): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
            icon (str | Unset):
            input_fields (list[ConnectInput] | Unset): The inputs asked when the user connects an account.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    icon: str | Unset = UNSET
    input_fields: list[ConnectInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        icon = self.icon

        input_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_fields, Unset):
            input_fields = []
            for input_fields_item_data in self.input_fields:
                input_fields_item = input_fields_item_data.to_dict()
                input_fields.append(input_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if icon is not UNSET:
            field_dict["icon"] = icon
        if input_fields is not UNSET:
            field_dict["inputFields"] = input_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d.get("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise DecodeError.wrong_type("a string", id)

            _key = "name"
            name = d.get("name", UNSET)
            if not isinstance(name, str) and name is not UNSET:
                raise DecodeError.wrong_type("a string", name)

            _key = "slug"
            slug = d.get("slug", UNSET)
            if not isinstance(slug, str) and slug is not UNSET:
                raise DecodeError.wrong_type("a string", slug)

            _key = "icon"
            icon = d.get("icon", UNSET)
            if not isinstance(icon, str) and icon is not UNSET:
                raise DecodeError.wrong_type("a string", icon)

            _key = "inputFields"
            _input_fields = d.get("inputFields", UNSET)
            input_fields: list[ConnectInput] | Unset = UNSET
            if _input_fields is not UNSET:
                if not isinstance(_input_fields, list):
                    raise DecodeError.wrong_type("an array", _input_fields)
                input_fields = []
                try:
                    for input_fields_item_data in _input_fields:
                        input_fields_item = _ConnectInput_from_dict(
                            input_fields_item_data
                        )

                        input_fields.append(input_fields_item)
                except DecodeError as _error:
                    raise _error.at(len(input_fields))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        custom_integration = _new(cls)
        custom_integration.id = id
        custom_integration.name = name
        custom_integration.slug = slug
        custom_integration.icon = icon
        custom_integration.input_fields = input_fields
        custom_integration.additional_properties = (
            {}
            if len(d)
            + (id is UNSET)
            + (name is UNSET)
            + (slug is UNSET)
            + (icon is UNSET)
            + (input_fields is UNSET)
            == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return custom_integration

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

# The keys CustomIntegration reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "name",
        "slug",
        "icon",
        "inputFields",
    }
)


from ..models.connect_input import ConnectInput

_ConnectInput_from_dict = ConnectInput.from_dict
