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


T = TypeVar("T", bound="FieldMapperDataSource")


@_attrs_define
class FieldMapperDataSource:
    """A field mapping: a record type, then the fields of that record type.

    Attributes:
        type_ (Literal['FIELD_MAPPER_DATA_SOURCE']):
        id (str):
        title (str):
        record_source (DynamicDataSource): Options loaded with `getFieldOptions`, under `cacheKey`.
        field_source (DynamicDataSource): Options loaded with `getFieldOptions`, under `cacheKey`.
        subtitle (str | Unset):
    """

    type_: Literal["FIELD_MAPPER_DATA_SOURCE"]
    id: str
    title: str
    record_source: DynamicDataSource
    field_source: DynamicDataSource
    subtitle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        title = self.title

        record_source = self.record_source.to_dict()

        field_source = self.field_source.to_dict()

        subtitle = self.subtitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "title": title,
                "recordSource": record_source,
                "fieldSource": field_source,
            }
        )
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = cast(Literal["FIELD_MAPPER_DATA_SOURCE"], d["type"])
            if type_ != "FIELD_MAPPER_DATA_SOURCE":
                raise DecodeError(
                    "expected "
                    + repr("FIELD_MAPPER_DATA_SOURCE")
                    + ", got "
                    + (
                        repr(type_)
                        if isinstance(type_, str) and len(type_) <= 64
                        else describe(type_)
                    )
                )

            _key = "id"
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "title"
            title = d["title"]
            if not isinstance(title, str):
                raise DecodeError.wrong_type("a string", title)

            _key = "recordSource"
            record_source = _DynamicDataSource_from_dict(d["recordSource"])

            _key = "fieldSource"
            field_source = _DynamicDataSource_from_dict(d["fieldSource"])

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
        field_mapper_data_source = _new(cls)
        field_mapper_data_source.type_ = type_
        field_mapper_data_source.id = id
        field_mapper_data_source.title = title
        field_mapper_data_source.record_source = record_source
        field_mapper_data_source.field_source = field_source
        field_mapper_data_source.subtitle = subtitle
        field_mapper_data_source.additional_properties = (
            {}
            if len(d) + (subtitle is UNSET) == 6
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_mapper_data_source

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

# The keys FieldMapperDataSource reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "id",
        "title",
        "recordSource",
        "fieldSource",
        "subtitle",
    }
)


from ..models.dynamic_data_source import DynamicDataSource

_DynamicDataSource_from_dict = DynamicDataSource.from_dict
