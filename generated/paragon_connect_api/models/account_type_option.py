# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.authentication_type import AuthenticationType
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.connect_input import ConnectInput


T = TypeVar("T", bound="AccountTypeOption")


@_attrs_define
class AccountTypeOption:
    """One account type of an integration, like Salesforce's production or sandbox.

    Attributes:
        id (str): Pass it to `installFlow.setAccountType()`.
        account_description (str | Unset):
        scheme (AuthenticationType | Unset): How a user connects an account (SDK 2.4.0's `AuthenticationScheme`).
            `oauth`
            integrations go through the provider's consent page; the headless install flow installs
            the others with `createCredential`, from the inputs the user types (`basic`: API keys and
            the like). An account type's `scheme` overrides the integration's.
        skip_post_o_auth_inputs (bool | Unset): The install flow asks no post-OAuth inputs for this account type.
        end_user_supplied_values (list[ConnectInput] | Unset): The inputs this account type asks before OAuth, instead
            of the integration's `authConfigInputs`.
    """

    id: str
    account_description: str | Unset = UNSET
    scheme: AuthenticationType | Unset = UNSET
    skip_post_o_auth_inputs: bool | Unset = UNSET
    end_user_supplied_values: list[ConnectInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_description = self.account_description

        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        skip_post_o_auth_inputs = self.skip_post_o_auth_inputs

        end_user_supplied_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.end_user_supplied_values, Unset):
            end_user_supplied_values = []
            for end_user_supplied_values_item_data in self.end_user_supplied_values:
                end_user_supplied_values_item = (
                    end_user_supplied_values_item_data.to_dict()
                )
                end_user_supplied_values.append(end_user_supplied_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_description is not UNSET:
            field_dict["accountDescription"] = account_description
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if skip_post_o_auth_inputs is not UNSET:
            field_dict["skipPostOAuthInputs"] = skip_post_o_auth_inputs
        if end_user_supplied_values is not UNSET:
            field_dict["endUserSuppliedValues"] = end_user_supplied_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "accountDescription"
            account_description = d.get("accountDescription", UNSET)
            if (
                not isinstance(account_description, str)
                and account_description is not UNSET
            ):
                raise DecodeError.wrong_type("a string", account_description)

            _key = "scheme"
            _scheme = d.get("scheme", UNSET)
            scheme: AuthenticationType | Unset = UNSET
            if _scheme is not UNSET:
                if not isinstance(_scheme, str):
                    raise DecodeError.wrong_type("a string", _scheme)

                scheme = cast(
                    AuthenticationType,
                    AuthenticationType._value2member_map_.get(_scheme)
                    or AuthenticationType(_scheme),
                )

            _key = "skipPostOAuthInputs"
            skip_post_o_auth_inputs = d.get("skipPostOAuthInputs", UNSET)
            if (
                not isinstance(skip_post_o_auth_inputs, bool)
                and skip_post_o_auth_inputs is not UNSET
            ):
                raise DecodeError.wrong_type("a boolean", skip_post_o_auth_inputs)

            _key = "endUserSuppliedValues"
            _end_user_supplied_values = d.get("endUserSuppliedValues", UNSET)
            end_user_supplied_values: list[ConnectInput] | Unset = UNSET
            if _end_user_supplied_values is not UNSET:
                if not isinstance(_end_user_supplied_values, list):
                    raise DecodeError.wrong_type("an array", _end_user_supplied_values)
                end_user_supplied_values = []
                try:
                    for end_user_supplied_values_item_data in _end_user_supplied_values:
                        end_user_supplied_values_item = _ConnectInput_from_dict(
                            end_user_supplied_values_item_data
                        )

                        end_user_supplied_values.append(end_user_supplied_values_item)
                except DecodeError as _error:
                    raise _error.at(len(end_user_supplied_values))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        account_type_option = _new(cls)
        account_type_option.id = id
        account_type_option.account_description = account_description
        account_type_option.scheme = scheme
        account_type_option.skip_post_o_auth_inputs = skip_post_o_auth_inputs
        account_type_option.end_user_supplied_values = end_user_supplied_values
        account_type_option.additional_properties = (
            {}
            if len(d)
            + (account_description is UNSET)
            + (scheme is UNSET)
            + (skip_post_o_auth_inputs is UNSET)
            + (end_user_supplied_values is UNSET)
            == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return account_type_option

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

# The keys AccountTypeOption reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "accountDescription",
        "scheme",
        "skipPostOAuthInputs",
        "endUserSuppliedValues",
    }
)


from ..models.connect_input import ConnectInput

_ConnectInput_from_dict = ConnectInput.from_dict
