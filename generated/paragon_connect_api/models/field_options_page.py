# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_option import FieldOption
    from ..models.field_option_section import FieldOptionSection
    from ..models.nested_field_data import NestedFieldData


T = TypeVar("T", bound="FieldOptionsPage")


@_attrs_define
class FieldOptionsPage:
    """One page of options and the cursor of the next.

    Attributes:
        records (list[FieldOption | FieldOptionSection]):
        next_page_cursor (None | str): Pass it as `pageCursor` for the next page; `null` on the last page.
        nested_data (list[NestedFieldData] | Unset): Only for Jira's default value mappings; empty otherwise.
    """

    records: list[FieldOption | FieldOptionSection]
    next_page_cursor: None | str
    nested_data: list[NestedFieldData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item: dict[str, Any]
            if isinstance(records_item_data, FieldOption):
                records_item = records_item_data.to_dict()
            else:
                records_item = records_item_data.to_dict()

            records.append(records_item)

        next_page_cursor: None | str
        next_page_cursor = self.next_page_cursor

        nested_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nested_data, Unset):
            nested_data = []
            for nested_data_item_data in self.nested_data:
                nested_data_item = nested_data_item_data.to_dict()
                nested_data.append(nested_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "nextPageCursor": next_page_cursor,
            }
        )
        if nested_data is not UNSET:
            field_dict["nestedData"] = nested_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:

            def _parse_records_item(data: object) -> FieldOption | FieldOptionSection:
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

            records_item = _parse_records_item(records_item_data)

            records.append(records_item)

        def _parse_next_page_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_cursor = _parse_next_page_cursor(d.pop("nextPageCursor"))

        _nested_data = d.pop("nestedData", UNSET)
        nested_data: list[NestedFieldData] | Unset = UNSET
        if _nested_data is not UNSET:
            nested_data = []
            for nested_data_item_data in _nested_data:
                nested_data_item = NestedFieldData.from_dict(nested_data_item_data)

                nested_data.append(nested_data_item)

        field_options_page = cls(
            records=records,
            next_page_cursor=next_page_cursor,
            nested_data=nested_data,
        )

        field_options_page.additional_properties = d
        return field_options_page

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
