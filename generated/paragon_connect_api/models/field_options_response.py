# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_option import FieldOption
    from ..models.field_option_section import FieldOptionSection
    from ..models.field_options_page import FieldOptionsPage


T = TypeVar("T", bound="FieldOptionsResponse")


@_attrs_define
class FieldOptionsResponse:
    """One page of options, in one of two shapes.

    Attributes:
        output (FieldOptionsPage | list[FieldOption | FieldOptionSection]):
    """

    output: FieldOptionsPage | list[FieldOption | FieldOptionSection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item: dict[str, Any]
                if isinstance(output_type_0_item_data, FieldOption):
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
        d = dict(src_dict)

        def _parse_output(
            data: object,
        ) -> FieldOptionsPage | list[FieldOption | FieldOptionSection]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_0 = []
                _output_type_0 = data
                for output_type_0_item_data in _output_type_0:

                    def _parse_output_type_0_item(
                        data: object,
                    ) -> FieldOption | FieldOptionSection:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_field_option_item_type_0 = (
                                FieldOption.from_dict(data)
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

                    output_type_0_item = _parse_output_type_0_item(
                        output_type_0_item_data
                    )

                    output_type_0.append(output_type_0_item)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            output_type_1 = FieldOptionsPage.from_dict(data)

            return output_type_1

        output = _parse_output(d.pop("output"))

        field_options_response = cls(
            output=output,
        )

        field_options_response.additional_properties = d
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


from ..models.field_option import FieldOption
from ..models.field_option_section import FieldOptionSection
from ..models.field_options_page import FieldOptionsPage
