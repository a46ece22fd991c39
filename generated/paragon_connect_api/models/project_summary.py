# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="ProjectSummary")


@_attrs_define
class ProjectSummary:
    """The project the user belongs to.

    Attributes:
        id (str):
        billing_plan (str | Unset):
        accessible_features (list[str] | Unset): The add-ons of the project's plan. SDK 2.4.0 checks `headless-cp` (the
            Headless Connect
            Portal: `installIntegration`, `installFlow`, `uninstallIntegration`) and `dfm` (dynamic
            field mapping).
    """

    id: str
    billing_plan: str | Unset = UNSET
    accessible_features: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "billingPlan"
            billing_plan = d.get("billingPlan", UNSET)
            if not isinstance(billing_plan, str) and billing_plan is not UNSET:
                raise DecodeError.wrong_type("a string", billing_plan)

            _key = "accessibleFeatures"
            _accessible_features = d.get("accessibleFeatures", UNSET)
            accessible_features: list[str] | Unset = UNSET
            if _accessible_features is not UNSET:
                if not isinstance(_accessible_features, list):
                    raise DecodeError.wrong_type("an array", _accessible_features)
                accessible_features = []
                try:
                    for accessible_features_item_data in _accessible_features:
                        accessible_features_item = accessible_features_item_data
                        if not isinstance(accessible_features_item, str):
                            raise DecodeError.wrong_type(
                                "a string", accessible_features_item
                            )

                        accessible_features.append(accessible_features_item)
                except DecodeError as _error:
                    raise _error.at(len(accessible_features))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        project_summary = _new(cls)
        project_summary.id = id
        project_summary.billing_plan = billing_plan
        project_summary.accessible_features = accessible_features
        project_summary.additional_properties = (
            {}
            if len(d) + (billing_plan is UNSET) + (accessible_features is UNSET) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
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


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys ProjectSummary reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "billingPlan",
        "accessibleFeatures",
    }
)
