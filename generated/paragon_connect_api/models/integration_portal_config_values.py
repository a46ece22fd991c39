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
    from ..models.shared_meta import SharedMeta
    from ..models.workflow_meta_map import WorkflowMetaMap


T = TypeVar("T", bound="IntegrationPortalConfigValues")


@_attrs_define
class IntegrationPortalConfigValues:
    """What the Connect Portal shows; `getIntegrationConfig` is computed from it.

    Attributes:
        overview (str | Unset): The long description (`longDescription`).
        description (str | Unset): The short description (`shortDescription`).
        accent_color (str | Unset):
        shared_meta (SharedMeta | Unset): The integration-level User Settings.
        workflow_meta (WorkflowMetaMap | Unset): What the Connect Portal shows of each workflow, by workflow ID.
    """

    overview: str | Unset = UNSET
    description: str | Unset = UNSET
    accent_color: str | Unset = UNSET
    shared_meta: SharedMeta | Unset = UNSET
    workflow_meta: WorkflowMetaMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overview = self.overview

        description = self.description

        accent_color = self.accent_color

        shared_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_meta, Unset):
            shared_meta = self.shared_meta.to_dict()

        workflow_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_meta, Unset):
            workflow_meta = self.workflow_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overview is not UNSET:
            field_dict["overview"] = overview
        if description is not UNSET:
            field_dict["description"] = description
        if accent_color is not UNSET:
            field_dict["accentColor"] = accent_color
        if shared_meta is not UNSET:
            field_dict["sharedMeta"] = shared_meta
        if workflow_meta is not UNSET:
            field_dict["workflowMeta"] = workflow_meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "overview"
        try:
            overview = d.get("overview", UNSET)
            if not isinstance(overview, str) and overview is not UNSET:
                raise DecodeError.wrong_type("a string", overview)

            _key = "description"
            description = d.get("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise DecodeError.wrong_type("a string", description)

            _key = "accentColor"
            accent_color = d.get("accentColor", UNSET)
            if not isinstance(accent_color, str) and accent_color is not UNSET:
                raise DecodeError.wrong_type("a string", accent_color)

            _key = "sharedMeta"
            _shared_meta = d.get("sharedMeta", UNSET)
            shared_meta: SharedMeta | Unset = (
                UNSET if _shared_meta is UNSET else _SharedMeta_from_dict(_shared_meta)
            )

            _key = "workflowMeta"
            _workflow_meta = d.get("workflowMeta", UNSET)
            workflow_meta: WorkflowMetaMap | Unset = (
                UNSET
                if _workflow_meta is UNSET
                else _WorkflowMetaMap_from_dict(_workflow_meta)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        integration_portal_config_values = _new(cls)
        integration_portal_config_values.overview = overview
        integration_portal_config_values.description = description
        integration_portal_config_values.accent_color = accent_color
        integration_portal_config_values.shared_meta = shared_meta
        integration_portal_config_values.workflow_meta = workflow_meta
        integration_portal_config_values.additional_properties = (
            {}
            if len(d)
            + (overview is UNSET)
            + (description is UNSET)
            + (accent_color is UNSET)
            + (shared_meta is UNSET)
            + (workflow_meta is UNSET)
            == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return integration_portal_config_values

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

# The keys IntegrationPortalConfigValues reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "overview",
        "description",
        "accentColor",
        "sharedMeta",
        "workflowMeta",
    }
)


from ..models.shared_meta import SharedMeta
from ..models.workflow_meta_map import WorkflowMetaMap

_SharedMeta_from_dict = SharedMeta.from_dict
_WorkflowMetaMap_from_dict = WorkflowMetaMap.from_dict
