# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, as_object

if TYPE_CHECKING:
    from ..models.combo_input_data_source import ComboInputDataSource
    from ..models.dynamic_data_source import DynamicDataSource
    from ..models.field_mapper_data_source import FieldMapperDataSource
    from ..models.unknown_variant import UnknownVariant


T = TypeVar("T", bound="DataSourceMap")


@_attrs_define
class DataSourceMap:
    """The integration's data sources, by source type."""

    additional_properties: dict[
        str,
        ComboInputDataSource
        | DynamicDataSource
        | FieldMapperDataSource
        | UnknownVariant,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if (
                isinstance(prop, DynamicDataSource)
                or isinstance(prop, FieldMapperDataSource)
                or isinstance(prop, ComboInputDataSource)
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = _parse_additional_property(prop_dict)

            except DecodeError as _error:
                raise _error.at(prop_name)
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                raise DecodeError(f"{type(_error).__name__}: {_error}").at(
                    prop_name
                ) from _error
            additional_properties[prop_name] = additional_property
        data_source_map = _new(cls)
        data_source_map.additional_properties = additional_properties
        return data_source_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        ComboInputDataSource
        | DynamicDataSource
        | FieldMapperDataSource
        | UnknownVariant
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ComboInputDataSource
        | DynamicDataSource
        | FieldMapperDataSource
        | UnknownVariant,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__


def _parse_additional_property(
    data: object,
) -> ComboInputDataSource | DynamicDataSource | FieldMapperDataSource | UnknownVariant:
    if not isinstance(data, dict):
        raise DecodeError.wrong_type("an object", data)
    tag = data.get("type", UNSET)
    if tag == "DYNAMIC_DATA_SOURCE":
        return _DynamicDataSource_from_dict(data)
    if tag == "FIELD_MAPPER_DATA_SOURCE":
        return _FieldMapperDataSource_from_dict(data)
    if tag == "COMBO_INPUT_DATA_SOURCE":
        return _ComboInputDataSource_from_dict(data)
    if isinstance(tag, str):
        # A tag newer than this client: keep the variant as it came.
        return _UnknownVariant_from_dict(data)
    if tag is UNSET:
        raise DecodeError("is required but missing").at("type")
    raise DecodeError.wrong_type("a string", tag).at("type")


from ..models.combo_input_data_source import ComboInputDataSource
from ..models.dynamic_data_source import DynamicDataSource
from ..models.field_mapper_data_source import FieldMapperDataSource
from ..models.unknown_variant import UnknownVariant

_ComboInputDataSource_from_dict = ComboInputDataSource.from_dict
_DynamicDataSource_from_dict = DynamicDataSource.from_dict
_FieldMapperDataSource_from_dict = FieldMapperDataSource.from_dict
_UnknownVariant_from_dict = UnknownVariant.from_dict
