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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_data_source import DynamicDataSource


T = TypeVar("T", bound="ComboInputDataSource")


@_attrs_define
class ComboInputDataSource:
    """A combo dropdown: a main input, then a dependent input loaded with the main one's value.

    Attributes:
        type_ (Literal['COMBO_INPUT_DATA_SOURCE']):
        id (str):
        title (str):
        main_input_source (DynamicDataSource): Options loaded with `getFieldOptions`, under `cacheKey`.
        dependent_input_source (DynamicDataSource): Options loaded with `getFieldOptions`, under `cacheKey`.
        subtitle (str | Unset):
    """

    type_: Literal["COMBO_INPUT_DATA_SOURCE"]
    id: str
    title: str
    main_input_source: DynamicDataSource
    dependent_input_source: DynamicDataSource
    subtitle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        title = self.title

        main_input_source = self.main_input_source.to_dict()

        dependent_input_source = self.dependent_input_source.to_dict()

        subtitle = self.subtitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "title": title,
                "mainInputSource": main_input_source,
                "dependentInputSource": dependent_input_source,
            }
        )
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["COMBO_INPUT_DATA_SOURCE"], d.pop("type"))
        if type_ != "COMBO_INPUT_DATA_SOURCE":
            raise ValueError(
                f"type must match const 'COMBO_INPUT_DATA_SOURCE', got '{type_}'"
            )

        id = d.pop("id")

        title = d.pop("title")

        main_input_source = DynamicDataSource.from_dict(d.pop("mainInputSource"))

        dependent_input_source = DynamicDataSource.from_dict(
            d.pop("dependentInputSource")
        )

        subtitle = d.pop("subtitle", UNSET)

        combo_input_data_source = cls(
            type_=type_,
            id=id,
            title=title,
            main_input_source=main_input_source,
            dependent_input_source=dependent_input_source,
            subtitle=subtitle,
        )

        combo_input_data_source.additional_properties = d
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


from ..models.dynamic_data_source import DynamicDataSource
