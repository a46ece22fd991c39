# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.combo_input_data_source import ComboInputDataSource
    from ..models.dynamic_data_source import DynamicDataSource
    from ..models.field_mapper_data_source import FieldMapperDataSource


T = TypeVar("T", bound="DataSourceMap")


@_attrs_define
class DataSourceMap:
    """The integration's data sources, by source type."""

    additional_properties: dict[
        str, ComboInputDataSource | DynamicDataSource | FieldMapperDataSource
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, DynamicDataSource) or isinstance(
                prop, FieldMapperDataSource
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_source_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> ComboInputDataSource | DynamicDataSource | FieldMapperDataSource:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_data_source_type_0 = DynamicDataSource.from_dict(
                        data
                    )

                    return componentsschemas_data_source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_data_source_type_1 = (
                        FieldMapperDataSource.from_dict(data)
                    )

                    return componentsschemas_data_source_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_data_source_type_2 = ComboInputDataSource.from_dict(
                    data
                )

                return componentsschemas_data_source_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        data_source_map.additional_properties = additional_properties
        return data_source_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ComboInputDataSource | DynamicDataSource | FieldMapperDataSource:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ComboInputDataSource | DynamicDataSource | FieldMapperDataSource,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.combo_input_data_source import ComboInputDataSource
from ..models.dynamic_data_source import DynamicDataSource
from ..models.field_mapper_data_source import FieldMapperDataSource
