# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
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

if TYPE_CHECKING:
    from ..models.dynamic_data_source import DynamicDataSource


T = TypeVar("T", bound="ComboInputDataSource")


@_attrs_define
class ComboInputDataSource:
    """A combo dropdown: a main input, then a dependent input loaded with the main one's value.

    Attributes:
        type_ (Literal['COMBO_INPUT_DATA_SOURCE']):
        main_input_source (DynamicDataSource): Options loaded with `getFieldOptions`, under `cacheKey`.
        dependent_input_source (DynamicDataSource): Options loaded with `getFieldOptions`, under `cacheKey`.
        id (str | Unset):
        title (str | Unset):
        subtitle (str | Unset):
    """

    type_: Literal["COMBO_INPUT_DATA_SOURCE"]
    main_input_source: DynamicDataSource
    dependent_input_source: DynamicDataSource
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        main_input_source = self.main_input_source.to_dict()

        dependent_input_source = self.dependent_input_source.to_dict()

        id = self.id

        title = self.title

        subtitle = self.subtitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "mainInputSource": main_input_source,
                "dependentInputSource": dependent_input_source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = cast(Literal["COMBO_INPUT_DATA_SOURCE"], d["type"])
            if type_ != "COMBO_INPUT_DATA_SOURCE":
                raise DecodeError(
                    "expected "
                    + repr("COMBO_INPUT_DATA_SOURCE")
                    + ", got "
                    + (
                        repr(type_)
                        if isinstance(type_, str) and len(type_) <= 64
                        else describe(type_)
                    )
                )

            _key = "mainInputSource"
            main_input_source = _DynamicDataSource_from_dict(d["mainInputSource"])

            _key = "dependentInputSource"
            dependent_input_source = _DynamicDataSource_from_dict(
                d["dependentInputSource"]
            )

            _key = "id"
            id = d.get("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise DecodeError.wrong_type("a string", id)

            _key = "title"
            title = d.get("title", UNSET)
            if not isinstance(title, str) and title is not UNSET:
                raise DecodeError.wrong_type("a string", title)

            _key = "subtitle"
            subtitle = d.get("subtitle", UNSET)
            if not isinstance(subtitle, str) and subtitle is not UNSET:
                raise DecodeError.wrong_type("a string", subtitle)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        combo_input_data_source = _new(cls)
        combo_input_data_source.type_ = type_
        combo_input_data_source.main_input_source = main_input_source
        combo_input_data_source.dependent_input_source = dependent_input_source
        combo_input_data_source.id = id
        combo_input_data_source.title = title
        combo_input_data_source.subtitle = subtitle
        combo_input_data_source.additional_properties = (
            {}
            if len(d) + (id is UNSET) + (title is UNSET) + (subtitle is UNSET) == 6
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return combo_input_data_source

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

# The keys ComboInputDataSource reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "mainInputSource",
        "dependentInputSource",
        "id",
        "title",
        "subtitle",
    }
)


from ..models.dynamic_data_source import DynamicDataSource

_DynamicDataSource_from_dict = DynamicDataSource.from_dict
