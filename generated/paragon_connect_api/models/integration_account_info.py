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
    from ..models.account_auth import AccountAuth
    from ..models.provider_data import ProviderData


T = TypeVar("T", bound="IntegrationAccountInfo")


@_attrs_define
class IntegrationAccountInfo:
    """What `IntegrationAccount` adds to `Integration`.

    Attributes:
        account_auth (AccountAuth | Unset): The provider access of a credential, only with `includeAccountAuth=true`.
        provider_data (ProviderData | Unset): Facts about the connected account from its provider, like Salesforce's
            `instanceURL`
            or HubSpot's `hubId`: strings, numbers and booleans (SDK 2.4.0's
            `Record<string, string | number | boolean>`).
        credential_id (str | Unset): The account's credential ID.
        no_permission_workflows (list[str] | Unset): Workflows the user's permissions do not allow.
    """

    account_auth: AccountAuth | Unset = UNSET
    provider_data: ProviderData | Unset = UNSET
    credential_id: str | Unset = UNSET
    no_permission_workflows: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_auth, Unset):
            account_auth = self.account_auth.to_dict()

        provider_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_data, Unset):
            provider_data = self.provider_data.to_dict()

        credential_id = self.credential_id

        no_permission_workflows: list[str] | Unset = UNSET
        if not isinstance(self.no_permission_workflows, Unset):
            no_permission_workflows = self.no_permission_workflows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_auth is not UNSET:
            field_dict["accountAuth"] = account_auth
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if no_permission_workflows is not UNSET:
            field_dict["noPermissionWorkflows"] = no_permission_workflows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "accountAuth"
        try:
            _account_auth = d.get("accountAuth", UNSET)
            account_auth: AccountAuth | Unset = (
                UNSET
                if _account_auth is UNSET
                else _AccountAuth_from_dict(_account_auth)
            )

            _key = "providerData"
            _provider_data = d.get("providerData", UNSET)
            provider_data: ProviderData | Unset = (
                UNSET
                if _provider_data is UNSET
                else _ProviderData_from_dict(_provider_data)
            )

            _key = "credentialId"
            credential_id = d.get("credentialId", UNSET)
            if not isinstance(credential_id, str) and credential_id is not UNSET:
                raise DecodeError.wrong_type("a string", credential_id)

            _key = "noPermissionWorkflows"
            _no_permission_workflows = d.get("noPermissionWorkflows", UNSET)
            no_permission_workflows: list[str] | Unset = UNSET
            if _no_permission_workflows is not UNSET:
                if not isinstance(_no_permission_workflows, list):
                    raise DecodeError.wrong_type("an array", _no_permission_workflows)
                no_permission_workflows = []
                try:
                    for no_permission_workflows_item_data in _no_permission_workflows:
                        no_permission_workflows_item = no_permission_workflows_item_data
                        if not isinstance(no_permission_workflows_item, str):
                            raise DecodeError.wrong_type(
                                "a string", no_permission_workflows_item
                            )

                        no_permission_workflows.append(no_permission_workflows_item)
                except DecodeError as _error:
                    raise _error.at(len(no_permission_workflows))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        integration_account_info = _new(cls)
        integration_account_info.account_auth = account_auth
        integration_account_info.provider_data = provider_data
        integration_account_info.credential_id = credential_id
        integration_account_info.no_permission_workflows = no_permission_workflows
        integration_account_info.additional_properties = (
            {}
            if len(d)
            + (account_auth is UNSET)
            + (provider_data is UNSET)
            + (credential_id is UNSET)
            + (no_permission_workflows is UNSET)
            == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return integration_account_info

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

# The keys IntegrationAccountInfo reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accountAuth",
        "providerData",
        "credentialId",
        "noPermissionWorkflows",
    }
)


from ..models.account_auth import AccountAuth
from ..models.provider_data import ProviderData

_AccountAuth_from_dict = AccountAuth.from_dict
_ProviderData_from_dict = ProviderData.from_dict
