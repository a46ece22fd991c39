# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="InstallOptions")


@_attrs_define
class InstallOptions:
    """Options of `installIntegration`, `connect` and `installFlow.start`.

    Attributes:
        account_type (str | Unset): The account type to connect, skipping the choice.
        allow_multiple_credentials (bool | Unset): Connect another account when one is already connected.
        selected_credential_id (str | Unset): Re-connect this credential instead of creating one.
        external_id (str | Unset): An ID of the application's choosing for the new credential.
    """

    account_type: str | Unset = UNSET
    allow_multiple_credentials: bool | Unset = UNSET
    selected_credential_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        allow_multiple_credentials = self.allow_multiple_credentials

        selected_credential_id = self.selected_credential_id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if allow_multiple_credentials is not UNSET:
            field_dict["allowMultipleCredentials"] = allow_multiple_credentials
        if selected_credential_id is not UNSET:
            field_dict["selectedCredentialId"] = selected_credential_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "accountType"
        try:
            account_type = d.get("accountType", UNSET)
            if not isinstance(account_type, str) and account_type is not UNSET:
                raise DecodeError.wrong_type("a string", account_type)

            _key = "allowMultipleCredentials"
            allow_multiple_credentials = d.get("allowMultipleCredentials", UNSET)
            if (
                not isinstance(allow_multiple_credentials, bool)
                and allow_multiple_credentials is not UNSET
            ):
                raise DecodeError.wrong_type("a boolean", allow_multiple_credentials)

            _key = "selectedCredentialId"
            selected_credential_id = d.get("selectedCredentialId", UNSET)
            if (
                not isinstance(selected_credential_id, str)
                and selected_credential_id is not UNSET
            ):
                raise DecodeError.wrong_type("a string", selected_credential_id)

            _key = "externalId"
            external_id = d.get("externalId", UNSET)
            if not isinstance(external_id, str) and external_id is not UNSET:
                raise DecodeError.wrong_type("a string", external_id)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        install_options = _new(cls)
        install_options.account_type = account_type
        install_options.allow_multiple_credentials = allow_multiple_credentials
        install_options.selected_credential_id = selected_credential_id
        install_options.external_id = external_id
        install_options.additional_properties = (
            {}
            if len(d)
            + (account_type is UNSET)
            + (allow_multiple_credentials is UNSET)
            + (selected_credential_id is UNSET)
            + (external_id is UNSET)
            == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return install_options

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

# The keys InstallOptions reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "accountType",
        "allowMultipleCredentials",
        "selectedCredentialId",
        "externalId",
    }
)
