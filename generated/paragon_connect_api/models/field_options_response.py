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
    from ..models.field_options_page import FieldOptionsPage
    from ..models.unknown_variant import UnknownVariant


T = TypeVar("T", bound="FieldOptionsResponse")


@_attrs_define
class FieldOptionsResponse:
    """One page of options, in one of two shapes: every option without paging (a list of
    options, or a list of sections, as SDK 2.4.0 types it: `EnumInputValue[] |
    EnumSection[]`), or a page of `records`.

        Attributes:
            output (FieldOptionsPage | list[FieldOption | FieldOptionSection | UnknownVariant]):
    """

    output: FieldOptionsPage | list[FieldOption | FieldOptionSection | UnknownVariant]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item: dict[str, Any]
                if isinstance(output_type_0_item_data, FieldOption) or isinstance(
                    output_type_0_item_data, FieldOptionSection
                ):
                    output_type_0_item = output_type_0_item_data.to_dict()
                else:
                    output_type_0_item = output_type_0_item_data.to_dict()

                output.append(output_type_0_item)

        else:
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "output"
        try:
            output = _parse_output(d["output"])

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_options_response = _new(cls)
        field_options_response.output = output
        field_options_response.additional_properties = (
            {}
            if len(d) == 1
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_options_response

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

# The keys FieldOptionsResponse reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "output",
    }
)


def _parse_output_type_0_item(
    data: object,
) -> FieldOption | FieldOptionSection | UnknownVariant:
    if not isinstance(data, dict):
        raise DecodeError.wrong_type("an object", data)
    tag = data.get("type", UNSET)
    if tag == "OPTION":
        return _FieldOption_from_dict(data)
    if tag == "SECTION":
        return _FieldOptionSection_from_dict(data)
    if isinstance(tag, str):
        # A tag newer than this client: keep the variant as it came.
        return _UnknownVariant_from_dict(data)
    if tag is UNSET:
        return _FieldOption_from_dict(data)
    raise DecodeError.wrong_type("a string", tag).at("type")


def _parse_output(
    data: object,
) -> FieldOptionsPage | list[FieldOption | FieldOptionSection | UnknownVariant]:
    _problem: DecodeError | None = None
    if isinstance(data, list):
        try:
            _output_type_0 = data
            if not isinstance(_output_type_0, list):
                raise DecodeError.wrong_type("an array", _output_type_0)
            output_type_0 = []
            try:
                for output_type_0_item_data in _output_type_0:
                    output_type_0_item = _parse_output_type_0_item(
                        output_type_0_item_data
                    )

                    output_type_0.append(output_type_0_item)
            except DecodeError as _error:
                raise _error.at(len(output_type_0))

            return output_type_0
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    if isinstance(data, dict):
        try:
            output_type_1 = _FieldOptionsPage_from_dict(data)

            return output_type_1
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    raise (
        _problem
        if _problem is not None
        else DecodeError.wrong_type("an array or an object", data)
    )


from ..models.field_option import FieldOption
from ..models.field_option_section import FieldOptionSection
from ..models.field_options_page import FieldOptionsPage
from ..models.unknown_variant import UnknownVariant

_FieldOption_from_dict = FieldOption.from_dict
_FieldOptionSection_from_dict = FieldOptionSection.from_dict
_FieldOptionsPage_from_dict = FieldOptionsPage.from_dict
_UnknownVariant_from_dict = UnknownVariant.from_dict
