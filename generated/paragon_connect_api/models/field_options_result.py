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
    from ..models.field_option import FieldOption
    from ..models.field_option_section import FieldOptionSection
    from ..models.nested_field_data import NestedFieldData
    from ..models.unknown_variant import UnknownVariant


T = TypeVar("T", bound="FieldOptionsResult")


@_attrs_define
class FieldOptionsResult:
    """What `getFieldOptions` returns, whichever shape the server answered with.

    Attributes:
        data (list[FieldOption | FieldOptionSection | UnknownVariant]):
        nested_data (list[NestedFieldData]):
        next_page_cursor (None | str):
    """

    data: list[FieldOption | FieldOptionSection | UnknownVariant]
    nested_data: list[NestedFieldData]
    next_page_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, FieldOption) or isinstance(
                data_item_data, FieldOptionSection
            ):
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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "data"
        try:
            _data = d.pop("data")
            if not isinstance(_data, list):
                raise DecodeError.wrong_type("an array", _data)
            data = []
            for _data_index, data_item_data in enumerate(_data):
                try:

                    def _parse_data_item(
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

                    data_item = _parse_data_item(data_item_data)

                except DecodeError as _error:
                    raise _error.at(_data_index)
                data.append(data_item)

            _key = "nestedData"
            _nested_data = d.pop("nestedData")
            if not isinstance(_nested_data, list):
                raise DecodeError.wrong_type("an array", _nested_data)
            nested_data = []
            for _nested_data_index, nested_data_item_data in enumerate(_nested_data):
                try:
                    nested_data_item = NestedFieldData.from_dict(nested_data_item_data)

                except DecodeError as _error:
                    raise _error.at(_nested_data_index)
                nested_data.append(nested_data_item)

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

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
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
from ..models.unknown_variant import UnknownVariant
