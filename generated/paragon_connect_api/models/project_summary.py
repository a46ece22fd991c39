# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ProjectSummary")


@_attrs_define
class ProjectSummary:
    """The project the user belongs to.

    Attributes:
        id (UUID):
        billing_plan (str | Unset):
        accessible_features (list[str] | Unset):
    """

    id: UUID
    billing_plan: str | Unset = UNSET
    accessible_features: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        billing_plan = self.billing_plan

        accessible_features: list[str] | Unset = UNSET
        if not isinstance(self.accessible_features, Unset):
            accessible_features = self.accessible_features

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if billing_plan is not UNSET:
            field_dict["billingPlan"] = billing_plan
        if accessible_features is not UNSET:
            field_dict["accessibleFeatures"] = accessible_features

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        billing_plan = d.pop("billingPlan", UNSET)

        accessible_features = cast(list[str], d.pop("accessibleFeatures", UNSET))

        project_summary = cls(
            id=id,
            billing_plan=billing_plan,
            accessible_features=accessible_features,
        )

        project_summary.additional_properties = d
        return project_summary

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
