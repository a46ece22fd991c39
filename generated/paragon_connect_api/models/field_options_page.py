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
    from ..models.field_option import FieldOption
    from ..models.field_option_section import FieldOptionSection
    from ..models.nested_field_data import NestedFieldData
    from ..models.unknown_variant import UnknownVariant


T = TypeVar("T", bound="FieldOptionsPage")


@_attrs_define
class FieldOptionsPage:
    """One page of options and the cursor of the next.

    Attributes:
        records (list[FieldOption | FieldOptionSection | UnknownVariant]):
        next_page_cursor (None | str): Pass it as `pageCursor` for the next page; `null` on the last page.
        nested_data (list[NestedFieldData] | Unset): Only for Jira's default value mappings; empty otherwise.
    """

    records: list[FieldOption | FieldOptionSection | UnknownVariant]
    next_page_cursor: None | str
    nested_data: list[NestedFieldData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item: dict[str, Any]
            if isinstance(records_item_data, FieldOption) or isinstance(
                records_item_data, FieldOptionSection
            ):
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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "records"
        try:
            _records = d.pop("records")
            if not isinstance(_records, list):
                raise DecodeError.wrong_type("an array", _records)
            records = []
            for _records_index, records_item_data in enumerate(_records):
                try:

                    def _parse_records_item(
                        data: object,
                    ) -> FieldOption | FieldOptionSection | UnknownVariant:
                        if not isinstance(data, dict):
                            raise DecodeError.wrong_type("an object", data)
                        tag = data.get("type", UNSET)
                        if tag == "OPTION":
                            return FieldOption.from_dict(data)
                        if tag == "SECTION":
                            return FieldOptionSection.from_dict(data)
                        if isinstance(tag, str):
                            # A tag newer than this client: keep the variant as it came.
                            return UnknownVariant.from_dict(data)
                        if tag is UNSET:
                            return FieldOption.from_dict(data)
                        raise DecodeError.wrong_type("a string", tag).at("type")

                    records_item = _parse_records_item(records_item_data)

                except DecodeError as _error:
                    raise _error.at(_records_index)
                records.append(records_item)

            _key = "nextPageCursor"

            def _parse_next_page_cursor(data: object) -> None | str:
                if data is None:
                    return data
                _problem: DecodeError | None = None
                if isinstance(data, str):
                    try:
                        next_page_cursor_type_0 = data
                        if not isinstance(next_page_cursor_type_0, str):
                            raise DecodeError.wrong_type(
                                "a string", next_page_cursor_type_0
                            )

                        return next_page_cursor_type_0
                    except DecodeError as _variant_error:
                        _problem = _problem or _variant_error
                    except (
                        TypeError,
                        ValueError,
                        AttributeError,
                        KeyError,
                    ) as _variant_error:
                        _problem = _problem or DecodeError(
                            f"{type(_variant_error).__name__}: {_variant_error}"
                        )
                raise (
                    _problem
                    if _problem is not None
                    else DecodeError.wrong_type("a string or null", data)
                )

            next_page_cursor = _parse_next_page_cursor(d.pop("nextPageCursor"))

            _key = "nestedData"
            _nested_data = d.pop("nestedData", UNSET)
            nested_data: list[NestedFieldData] | Unset = UNSET
            if _nested_data is not UNSET:
                if not isinstance(_nested_data, list):
                    raise DecodeError.wrong_type("an array", _nested_data)
                nested_data = []
                for _nested_data_index, nested_data_item_data in enumerate(
                    _nested_data
                ):
                    try:
                        nested_data_item = NestedFieldData.from_dict(
                            nested_data_item_data
                        )

                    except DecodeError as _error:
                        raise _error.at(_nested_data_index)
                    nested_data.append(nested_data_item)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
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
from ..models.unknown_variant import UnknownVariant
