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
    from ..models.install_options import InstallOptions


T = TypeVar("T", bound="CredentialCodeExchange")


@_attrs_define
class CredentialCodeExchange:
    """An OAuth authorization code to exchange for a credential (`completeInstall`).

    Attributes:
        code (str): The authorization code the provider gave the application.
        integration_id (str):
        redirect_url (str | Unset): The redirect URL the code was issued for.
        integration_options (InstallOptions | Unset): Options of `installIntegration`, `connect` and
            `installFlow.start`.
    """

    code: str
    integration_id: str
    redirect_url: str | Unset = UNSET
    integration_options: InstallOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        integration_id = self.integration_id

        redirect_url = self.redirect_url

        integration_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_options, Unset):
            integration_options = self.integration_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "integrationId": integration_id,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if integration_options is not UNSET:
            field_dict["integrationOptions"] = integration_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "code"
        try:
            code = d["code"]
            if not isinstance(code, str):
                raise DecodeError.wrong_type("a string", code)

            _key = "integrationId"
            integration_id = d["integrationId"]
            if not isinstance(integration_id, str):
                raise DecodeError.wrong_type("a string", integration_id)

            _key = "redirectUrl"
            redirect_url = d.get("redirectUrl", UNSET)
            if not isinstance(redirect_url, str) and redirect_url is not UNSET:
                raise DecodeError.wrong_type("a string", redirect_url)

            _key = "integrationOptions"
            _integration_options = d.get("integrationOptions", UNSET)
            integration_options: InstallOptions | Unset = (
                UNSET
                if _integration_options is UNSET
                else _InstallOptions_from_dict(_integration_options)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        credential_code_exchange = _new(cls)
        credential_code_exchange.code = code
        credential_code_exchange.integration_id = integration_id
        credential_code_exchange.redirect_url = redirect_url
        credential_code_exchange.integration_options = integration_options
        credential_code_exchange.additional_properties = (
            {}
            if len(d) + (redirect_url is UNSET) + (integration_options is UNSET) == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return credential_code_exchange

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

# The keys CredentialCodeExchange reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "integrationId",
        "redirectUrl",
        "integrationOptions",
    }
)


from ..models.install_options import InstallOptions

_InstallOptions_from_dict = InstallOptions.from_dict
