# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_option import FieldOption
    from ..models.field_option_section import FieldOptionSection
    from ..models.nested_field_data import NestedFieldData


T = TypeVar("T", bound="FieldOptionsResult")


@_attrs_define
class FieldOptionsResult:
    """What `getFieldOptions` returns, whichever shape the server answered with.

    Attributes:
        data (list[FieldOption | FieldOptionSection]):
        nested_data (list[NestedFieldData]):
        next_page_cursor (None | str):
    """

    data: list[FieldOption | FieldOptionSection]
    nested_data: list[NestedFieldData]
    next_page_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, FieldOption):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        nested_data = []
        for nested_data_item_data in self.nested_data:
            nested_data_item = nested_data_item_data.to_dict()
            nested_data.append(nested_data_item)

        next_page_cursor: None | str
        next_page_cursor = self.next_page_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "nestedData": nested_data,
                "nextPageCursor": next_page_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(data: object) -> FieldOption | FieldOptionSection:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_field_option_item_type_0 = FieldOption.from_dict(
                        data
                    )

                    return componentsschemas_field_option_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_option_item_type_1 = (
                    FieldOptionSection.from_dict(data)
                )

                return componentsschemas_field_option_item_type_1

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        nested_data = []
        _nested_data = d.pop("nestedData")
        for nested_data_item_data in _nested_data:
            nested_data_item = NestedFieldData.from_dict(nested_data_item_data)

            nested_data.append(nested_data_item)

        def _parse_next_page_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_cursor = _parse_next_page_cursor(d.pop("nextPageCursor"))

        field_options_result = cls(
            data=data,
            nested_data=nested_data,
            next_page_cursor=next_page_cursor,
        )

        field_options_result.additional_properties = d
        return field_options_result

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


from ..models.field_option import FieldOption
from ..models.field_option_section import FieldOptionSection
from ..models.nested_field_data import NestedFieldData
