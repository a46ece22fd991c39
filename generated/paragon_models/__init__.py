# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Dict, Literal
from uuid import UUID

from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class ErrorMeta(BaseModel):
    """
    Details of an error; for a proxied request, `providerStatus` and `providerResponse`.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class IntegrationType(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.",
            examples=["salesforce"],
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z][A-Za-z0-9_.-]*$",
        ),
    ]


class ResourceSelector(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A UUID, a bare external ID or `ext:<externalId>`.",
            examples=["ext:team-emea"],
            max_length=255,
            min_length=1,
            pattern="^[!-~]+$",
        ),
    ]


class OAuthNonce(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A random nonce made up by the client, naming one OAuth handshake. SDK 2.4.0 makes it with\n`Math.random().toString(36).substring(2, 15)`: up to 13 base-36 characters.\n",
            examples=["3b9f2c4e8a1d4f6b9c0e7a5d2f1b8c3e"],
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]


class RawResponseFlag(StrEnum):
    """
    `1` asks for the provider's body as it is; `0` (the default) for the `{output: ...}` wrapper.
    """

    FIELD_0 = "0"
    FIELD_1 = "1"


class Origin(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A web origin, as `window.location.origin` gives it: scheme, host (a name in ASCII, an IPv4\naddress or an IPv6 one in brackets) and port.\n",
            examples=["https://app.example.com"],
            pattern="^https?://[A-Za-z0-9.:\\[\\]-]+$",
        ),
    ]


class HtmlPage(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="An HTML document.",
            json_schema_extra={"contentMediaType": "text/html"},
            min_length=1,
        ),
    ]


class JsonObjectString(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A JSON object, encoded as a string (the SDK sends these query parameters with\n`JSON.stringify`).\n\nWhy a string schema and not OpenAPI's `content: {application/json: {schema: ...}}` on\nthe parameter, which would tell generic tools to send JSON: openapi-python-client 0.29.1\n(the generator of this project's Python client, and a common one) drops a parameter\nthat has `content` instead of `schema` from the function it generates, silently, so its\nclients could not send these parameters at all. JSON Schema itself cannot say \"a JSON\ntext\" (`contentMediaType` is an annotation, which tools do not enforce), so a string can\nfit this schema without being JSON: servers ignore such a value, as if the parameter had\nnot been sent, rather than refuse a request that fits this description.\n",
            examples=['{"accountType":"sandbox"}'],
            json_schema_extra={"contentMediaType": "application/json"},
            max_length=8192,
            min_length=2,
            pattern="^\\s*\\{[\\s\\S]*\\}\\s*$",
        ),
    ]


class UserMetadata(BaseModel):
    """
    Metadata the application associated with the user; `Name` and `Email` are shown in Paragon's dashboard.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    Name: str | None = None
    Email: str | None = None


class UserMetadataUpdate(BaseModel):
    """
    The body of `setUserMetadata`.
    """

    meta: UserMetadata


class ConnectResource(BaseModel):
    """
    A resource attached to the user; `connectAction` finds one by its `slug`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: UUID | None = None
    slug: str | None = None
    name: str | None = None


class ResourceConnectPayload(BaseModel):
    """
    The values `connectAction` sends to a resource.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ResourceConnection(BaseModel):
    """
    What connecting to a resource answers.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ProjectSummary(BaseModel):
    """
    The project the user belongs to.
    """

    id: UUID
    billingPlan: str | None = None
    accessibleFeatures: Annotated[
        list[str] | None,
        Field(
            description="The add-ons of the project's plan. SDK 2.4.0 checks `headless-cp` (the Headless Connect\nPortal: `installIntegration`, `installFlow`, `uninstallIntegration`) and `dfm` (dynamic\nfield mapping).\n",
            examples=[["headless-cp", "dfm"]],
        ),
    ] = None


class CredentialStatus(StrEnum):
    """
    Whether a connected account works.
    """

    PENDING = "PENDING"
    INVALID = "INVALID"
    VALID = "VALID"


class ProviderData(BaseModel):
    """
    Facts about the connected account from its provider, like Salesforce's `instanceURL`
    or HubSpot's `hubId`: strings, numbers and booleans (SDK 2.4.0's
    `Record<string, string | number | boolean>`).

    """

    model_config = ConfigDict(
        extra="allow",
    )


class UserSettings(BaseModel):
    """
    User Settings by input ID; the value's type depends on the input's type.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class WorkflowSettingState(BaseModel):
    """
    One workflow's state for the user.
    """

    enabled: bool
    settings: UserSettings | None = None


class WorkflowSettingsMap(RootModel[dict[str, WorkflowSettingState]]):
    """
    Workflow states by workflow ID.
    """

    root: dict[str, WorkflowSettingState]


class WorkflowSettingUpdate(BaseModel):
    """
    A change to one workflow's state: `enabled`, when sent, replaces the enablement; `settings`
    are merged key by key. Either may be left out (settings alone never toggle the workflow).

    """

    enabled: bool | None = None
    settings: UserSettings | None = None


class WorkflowSettingsUpdateMap(RootModel[dict[str, WorkflowSettingUpdate]]):
    """
    Changes to workflow states by workflow ID; workflows not listed are kept.
    """

    root: dict[str, WorkflowSettingUpdate]


class AuthenticationType(StrEnum):
    """
    How a user connects an account (SDK 2.4.0's `AuthenticationScheme`). `oauth`
    integrations go through the provider's consent page; the headless install flow installs
    the others with `createCredential`, from the inputs the user types (`basic`: API keys and
    the like). An account type's `scheme` overrides the integration's.

    """

    BASIC = "basic"
    OAUTH = "oauth"
    OAUTH_CLIENT_CREDENTIAL = "oauth_client_credential"
    SERVICE_ACCOUNT = "service_account"
    OAUTH_APP = "oauth_app"
    IMPERSONATED_APP = "impersonated_app"


class WorkflowStep(BaseModel):
    """
    A step of a workflow (passed through untouched).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ConnectInputType(StrEnum):
    """
    The kind of an input, which decides the type of its value.
    """

    TEXT_NO_VARS = "TEXT_NO_VARS"
    TEXTAREA_NO_VARS = "TEXTAREA_NO_VARS"
    PASSWORD = "PASSWORD"
    ENUM = "ENUM"
    DYNAMIC_ENUM = "DYNAMIC_ENUM"
    COMBO_INPUT = "COMBO_INPUT"
    FIELD_MAPPER = "FIELD_MAPPER"
    SWITCH = "SWITCH"


class DynamicDataSource(BaseModel):
    """
    Options loaded with `getFieldOptions`, under `cacheKey`.
    """

    type: Literal["DYNAMIC_DATA_SOURCE"]
    id: str | None = None
    title: str
    subtitle: str | None = None
    cacheKey: Annotated[str, Field(min_length=1)]


class FieldMapperDataSource(BaseModel):
    """
    A field mapping: a record type, then the fields of that record type.
    """

    type: Literal["FIELD_MAPPER_DATA_SOURCE"]
    id: str
    title: str
    subtitle: str | None = None
    recordSource: DynamicDataSource
    fieldSource: DynamicDataSource


class ComboInputDataSource(BaseModel):
    """
    A combo dropdown: a main input, then a dependent input loaded with the main one's value.
    """

    type: Literal["COMBO_INPUT_DATA_SOURCE"]
    id: str | None = None
    title: str | None = None
    subtitle: str | None = None
    mainInputSource: DynamicDataSource
    dependentInputSource: DynamicDataSource


class IncludeAccountAuth(StrEnum):
    """
    `true` or `false`; SDK 2.4.0 sends `undefined` when its caller did not say.
    """

    TRUE = "true"
    FALSE = "false"
    UNDEFINED = "undefined"


class AccountAuth(BaseModel):
    """
    The provider access of a credential, only with `includeAccountAuth=true`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": dict[str, str],
    }
    OAUTH_ACCESS_TOKEN: Annotated[
        str, Field(description="The provider's access token (for the file pickers).")
    ]


class CredentialConfig(BaseModel):
    """
    The settings of a credential's default configuration.
    """

    sharedSettings: UserSettings | None = None
    workflowSettings: WorkflowSettingsMap | None = None
    configuredWorkflows: Annotated[
        WorkflowSettingsMap | None,
        Field(
            deprecated=True,
            description="The old name of `workflowSettings`, still sent.",
        ),
    ] = None


class CredentialConfigUpdate(BaseModel):
    """
    A change to a credential's settings; see `updateCredential` for the merge rules.
    """

    sharedSettings: UserSettings | None = None
    workflowSettings: WorkflowSettingsUpdateMap | None = None
    configuredWorkflows: Annotated[
        WorkflowSettingsUpdateMap | None,
        Field(
            deprecated=True,
            description="The old name of `workflowSettings`; accepted and merged into it.",
        ),
    ] = None


class CredentialUpdateRequest(BaseModel):
    """
    The body of `updateCredential`; see the operation for the merge rules.
    """

    config: CredentialConfigUpdate


class InstallPayload(BaseModel):
    """
    The user's inputs by input ID (API keys, pre- or post-OAuth options).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class InstallOptions(BaseModel):
    """
    Options of `installIntegration`, `connect` and `installFlow.start`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    accountType: Annotated[
        str | None,
        Field(description="The account type to connect, skipping the choice."),
    ] = None
    allowMultipleCredentials: Annotated[
        bool | None,
        Field(description="Connect another account when one is already connected."),
    ] = None
    selectedCredentialId: Annotated[
        str | None,
        Field(description="Re-connect this credential instead of creating one."),
    ] = None
    externalId: Annotated[
        str | None,
        Field(
            description="An ID of the application's choosing for the new credential."
        ),
    ] = None


class ConfigurationMeta(BaseModel):
    """
    Free-form metadata of a configuration.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ConfigurationCreateRequest(BaseModel):
    """
    The body of `createConfiguration`.
    """

    externalId: Annotated[
        str | None, Field(max_length=255, min_length=1, pattern="^[!-~]+$")
    ] = None
    sharedSettings: UserSettings | None = None
    workflowSettings: WorkflowSettingsUpdateMap | None = None
    configMeta: ConfigurationMeta | None = None


class ConfigurationUpdateRequest(BaseModel):
    """
    The body of `updateConfiguration`; keys not sent are kept.
    """

    sharedSettings: UserSettings | None = None
    workflowSettings: WorkflowSettingsUpdateMap | None = None
    configMeta: ConfigurationMeta | None = None


class WorkflowState(BaseModel):
    """
    A workflow's state for the Connected User, after enabling or disabling it.
    """

    workflowId: UUID | None = None
    integrationId: UUID | None = None
    credentialId: UUID | None = None
    configurationId: UUID | None = None
    enabled: bool | None = None
    settings: UserSettings | None = None


class FieldOptionParameterSource(BaseModel):
    """
    A literal value.
    """

    type: Literal["VALUE"]
    value: str


class PageCursor(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="The previous page's `nextPageCursor`; `0` for the first page.",
            min_length=1,
        ),
    ]


class FieldOptionsPagination(BaseModel):
    """
    Which page to load.
    """

    pageCursor: Annotated[
        PageCursor | Literal[0] | None,
        Field(
            description="The previous page's `nextPageCursor`; `0` for the first page."
        ),
    ] = None
    search: Annotated[
        str | None, Field(description="Keep the options that match this text.")
    ] = None


class NestedFieldData(BaseModel):
    """
    Nested options of Jira's default value mappings (passed through untouched).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class FieldOption(BaseModel):
    """
    One option of a dropdown.
    """

    type: Annotated[
        Literal["OPTION"] | None,
        Field(description="Optional; Paragon's own examples leave it out."),
    ] = None
    label: Annotated[str, Field(description="What the user sees.")]
    value: Annotated[
        str,
        Field(
            description="What is saved as the setting's value, or passed as a parameter's value."
        ),
    ]


class FieldOptionSection(BaseModel):
    """
    A titled group of options.
    """

    type: Literal["SECTION"]
    title: str
    items: list[FieldOption]


class OAuthUrl(BaseModel):
    """
    Where the user approves the connection.
    """

    redirectUrl: Annotated[
        AnyUrl, Field(description="The provider's consent page for this handshake.")
    ]


class OAuthSessionStatus(StrEnum):
    """
    Where an OAuth handshake stands.
    """

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    DENIED = "DENIED"


class OAuthSession(BaseModel):
    """
    Where an OAuth handshake stands, and its credential once approved.
    """

    status: OAuthSessionStatus | None = None
    connectCredentialId: Annotated[
        UUID | None, Field(description="The new credential, once the user approved.")
    ]
    message: Annotated[
        str | None, Field(description="Why the handshake failed, when it was denied.")
    ] = None


class EventPayload(BaseModel):
    """
    The event's payload; it is not checked against the event's schema.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class EventReceipt(BaseModel):
    """
    The receipt of a recorded App Event.
    """

    id: UUID | None = None
    name: str | None = None
    dateReceived: AwareDatetime | None = None


class WorkflowTriggerQuery(RootModel[dict[str, str]]):
    """
    Query parameters handed to a request-triggered workflow.
    """

    root: dict[str, str]


class WorkflowTriggerBody(BaseModel):
    """
    The JSON body handed to a request-triggered workflow.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class WorkflowResponseBody(RootModel[Any]):
    root: Annotated[
        Any, Field(description="Whatever JSON the workflow's Response step sends back.")
    ]


class ProxyRequestBody(RootModel[Any]):
    root: Annotated[
        Any, Field(description="The JSON body for the provider, sent as it is.")
    ]


class ProxyResponse(RootModel[Any]):
    root: Annotated[
        Any,
        Field(
            description="The provider's response: normally `{output: <provider body>}`; with\n`X-Paragon-Use-Raw-Response: 1` the provider's body itself, whatever JSON it is.\n"
        ),
    ]


class InstructionCallToAction(BaseModel):
    """
    A button of an instruction stage.
    """

    label: str
    url: AnyUrl | None = None


class OAuthStage(BaseModel):
    """
    The user approves the connection at the provider's consent page.
    """

    stage: Literal["oauth"]
    consentUrl: Annotated[
        AnyUrl,
        Field(
            description="The provider's consent page, for the application to show its user."
        ),
    ]


class IntegrationMetadata(BaseModel):
    """
    What `getIntegrationMetadata` returns for one active integration.
    """

    type: IntegrationType
    name: str
    brandColor: Annotated[str, Field(pattern="^#[0-9A-Fa-f]{6}$")]
    icon: AnyUrl


class ToolFormat(StrEnum):
    """
    The shape of the Tools `listTools` answers with: `json_schema`, function-calling
    definitions for LLMs (`FunctionTool`); `paragon`, the inputs of Paragon's workflow
    editor (`ParagonTool`).

    """

    JSON_SCHEMA = "json_schema"
    PARAGON = "paragon"


class IntegrationTypeList(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Integration types separated by commas, without spaces, like `salesforce,hubspot`.",
            examples=["salesforce,hubspot"],
            max_length=2048,
            min_length=1,
            pattern="^[A-Za-z][A-Za-z0-9_.-]*(,[A-Za-z][A-Za-z0-9_.-]*)*$",
        ),
    ]


class IntegrationCategoryList(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Integration categories separated by commas, without spaces, like `crm,project_management`.",
            examples=["crm,project_management"],
            max_length=2048,
            min_length=1,
            pattern="^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$",
        ),
    ]


class ToolParametersSchema(BaseModel):
    """
    The JSON Schema of a Tool's `parameters` (JSON Schema 2020-12; Paragon uses none of the
    non-standard fields of the `draft-*` versions): an object schema (`type: object`) whose
    `properties` are the Tool's inputs, each with its `type`, `description` and, where it
    has them, `enum`, `format`, `items` or `properties`; `required` names the inputs the
    Tool cannot run without, and `additionalProperties: false` (the docs' examples have it)
    says that it takes nothing else. It holds the Connected User's own fields where the Tool
    has them (custom fields of their Salesforce or HubSpot objects).

    Described as a free-form object on purpose: the schema is handed as it is to a JSON
    Schema validator and to an LLM API, and a generated model of it would stand in the way
    (stock Go reads the keyword `additionalProperties` into the field it keeps unnamed keys
    in, and fails on `false`).

    """

    model_config = ConfigDict(
        extra="allow",
    )


class NestedParagonInput(BaseModel):
    """
    An input under another's `dependentInputs`, with the properties of `ParagonInput`. Not
    described further: a description that refers to itself defeats generators and fuzzers.

    """

    model_config = ConfigDict(
        extra="allow",
    )


class CatalogError(BaseModel):
    """
    An integration whose Tools (or Triggers) could not be loaded, and why.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: Annotated[
        str | None,
        Field(description="What could not be loaded, like an integration type."),
    ] = None
    message: Annotated[str | None, Field(description="Why.")] = None


class ToolArguments(BaseModel):
    """
    The Tool's inputs, by the names of its schema (the `properties` of its `json_schema`
    definition, the `id`s of its `paragon` inputs); `{}` for none. Paged Tools take
    `paginationParameters` here.

    """

    model_config = ConfigDict(
        extra="allow",
    )


class ToolOutput(RootModel[Any]):
    root: Annotated[
        Any,
        Field(
            description="What the Tool returned, as it is: most Tools give the provider's JSON (`SLACK_SEND_MESSAGE`\ngives Slack's `chat.postMessage` answer), with no wrapper, so its shape is the Tool's.\nPaged Tools add a cursor (`nextPageCursor`, `pageCursor`, `nextPageToken`, ...) when\nthere is a next page.\n"
        ),
    ]


class TriggerModel(StrEnum):
    """
    How Paragon learns of the Trigger's events, by polling the provider or through its webhooks.
    """

    POLLING = "POLLING"
    WEBHOOK = "WEBHOOK"


class ErrorEnvelope(BaseModel):
    """
    The one error body of every service.
    """

    code: Annotated[
        str | None,
        Field(
            description='Paragon\'s error code, a string of digits (`"7210"` is insufficient permission).',
            examples=["7210"],
        ),
    ] = None
    status: Annotated[
        int | None, Field(description="The HTTP status, repeated.", ge=400, le=599)
    ] = None
    message: Annotated[
        str | list[str],
        Field(
            description="What was wrong and what to do; on 400 possibly a list of problems."
        ),
    ]
    meta: ErrorMeta | None = None


class WorkflowSummary(BaseModel):
    """
    A workflow of an integration.
    """

    id: UUID
    description: Annotated[str, Field(description="The workflow's name.")]
    projectId: UUID | None = None
    integrationId: UUID | None = None
    steps: list[WorkflowStep] | None = None


class ConnectInput(BaseModel):
    """
    An input the user fills in: a User Setting, a pre-OAuth or a post-OAuth option.
    """

    id: Annotated[str, Field(min_length=1)]
    title: str
    type: ConnectInputType
    subtitle: str | None = None
    placeholder: str | None = None
    required: bool | None = None
    defaultValue: Annotated[
        Any | None, Field(description="The value used when the user gives none.")
    ] = None
    sourceType: Annotated[
        str | None,
        Field(
            description="For dynamic inputs, the data source to load options from (`getDataSourceOptions`, `getFieldOptions`)."
        ),
    ] = None


class DataSource(
    RootModel[DynamicDataSource | FieldMapperDataSource | ComboInputDataSource]
):
    root: Annotated[
        DynamicDataSource | FieldMapperDataSource | ComboInputDataSource,
        Field(
            description="A data source of dynamic User Settings, told apart by `type`.",
            discriminator="type",
        ),
    ]


class IntegrationAccountInfo(BaseModel):
    """
    What `IntegrationAccount` adds to `Integration`.
    """

    accountAuth: AccountAuth | None = None
    providerData: ProviderData | None = None
    credentialId: Annotated[
        str | None, Field(description="The account's credential ID.")
    ] = None
    noPermissionWorkflows: Annotated[
        list[str] | None,
        Field(description="Workflows the user's permissions do not allow."),
    ] = None


class CredentialCodeExchange(BaseModel):
    """
    An OAuth authorization code to exchange for a credential (`completeInstall`).
    """

    code: Annotated[
        str,
        Field(
            description="The authorization code the provider gave the application.",
            min_length=1,
        ),
    ]
    integrationId: UUID
    redirectUrl: Annotated[
        AnyUrl | None, Field(description="The redirect URL the code was issued for.")
    ] = None
    integrationOptions: InstallOptions | None = None


class CredentialCreateRequest(BaseModel):
    """
    The body that installs an API-key integration.
    """

    integrationId: UUID
    config: CredentialConfigUpdate | None = None
    payload: InstallPayload
    installOptions: InstallOptions | None = None


class CredentialSetupRequest(BaseModel):
    """
    The body of `completeCredentialSetup`, carrying the post-OAuth inputs.
    """

    config: CredentialConfigUpdate | None = None
    payload: InstallPayload
    installOptions: InstallOptions | None = None


class CredentialConfiguration(BaseModel):
    """
    One set of User Settings and workflow settings of a connected account.
    """

    id: UUID
    dateCreated: AwareDatetime | None = None
    dateUpdated: AwareDatetime | None = None
    connectCredentialId: UUID | None = None
    workflowSettings: WorkflowSettingsMap | None = None
    sharedSettings: UserSettings | None = None
    configMeta: ConfigurationMeta | None = None
    externalId: str | None = None
    isDefault: bool | None = None


class FieldOptionParameter(BaseModel):
    """
    The user's choice in the first input of a compound data source.
    """

    key: Annotated[
        str,
        Field(description="The `cacheKey` of the first input's source.", min_length=1),
    ]
    source: FieldOptionParameterSource


class Output(RootModel[list[FieldOptionSection]]):
    root: Annotated[
        list[FieldOptionSection],
        Field(description="Every section of options, without paging.", min_length=1),
    ]


class FieldOptionItem(RootModel[FieldOption | FieldOptionSection]):
    root: Annotated[
        FieldOption | FieldOptionSection,
        Field(
            description="An option, or a section of options. A section has `type: SECTION`; an option has\n`type: OPTION` or, as in the SDK reference's getFieldOptions() example, no `type` at all.\n(No `discriminator`: OpenAPI requires its property in every variant.)\n"
        ),
    ]


class AppEvent(BaseModel):
    """
    An App Event.
    """

    name: Annotated[
        str,
        Field(
            description="The App Event's name, as defined in the dashboard.",
            max_length=255,
            min_length=1,
        ),
    ]
    payload: EventPayload


class InstructionStage(BaseModel):
    """
    Instructions to follow before connecting (for example installing Salesforce's package).
    """

    stage: Literal["instruction"]
    content: str
    ctas: list[InstructionCallToAction] | None = None
    finish: InstructionCallToAction | None = None


class PreOptionsStage(BaseModel):
    """
    Inputs asked before OAuth; answer with `installFlow.setPreOptions()`.
    """

    stage: Literal["preOptions"]
    options: list[ConnectInput]


class PostOptionsStage(BaseModel):
    """
    Inputs asked after OAuth; answer with `installFlow.setPostOptions()`.
    """

    stage: Literal["postOptions"]
    options: list[ConnectInput]
    credentialId: Annotated[
        UUID, Field(description="The credential that the post-OAuth inputs complete.")
    ]


class AvailableWorkflow(BaseModel):
    """
    A workflow as `getIntegrationConfig` shows it.
    """

    id: UUID
    inputs: Annotated[
        list[ConnectInput], Field(description="The workflow-level User Settings.")
    ]
    infoText: str | None = None
    defaultEnabled: bool
    description: str


class FieldOptionsResult(BaseModel):
    """
    What `getFieldOptions` returns, whichever shape the server answered with.
    """

    data: list[FieldOptionItem]
    nestedData: list[NestedFieldData]
    nextPageCursor: str | None


class FunctionDefinition(BaseModel):
    """
    A Tool's name, what it does, and the JSON Schema of its parameters.
    """

    name: Annotated[
        str,
        Field(
            description="The Tool's name, which `runTool` takes as `tool`, like `SLACK_SEND_MESSAGE`.",
            min_length=1,
        ),
    ]
    description: Annotated[
        str, Field(description="What the Tool does, written for an LLM to choose it.")
    ]
    parameters: ToolParametersSchema


class ParagonInput(BaseModel):
    """
    An input in Paragon's format, of a Tool (`format=paragon`) or of a Trigger's
    subscription. Its value goes under its `id` in `runTool`'s `parameters` (or a
    subscription's). Described loosely: properties not named here may appear.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        str,
        Field(
            description="The key of the input's value in `parameters`.", min_length=1
        ),
    ]
    type: Annotated[
        str,
        Field(
            description='The kind of input, which decides how to render it (the "Schema Formats" page):\n`ENUM` and `DYNAMIC_ENUM` (a dropdown), `EDITABLE_ENUM` (a dropdown that also takes\nfree text), `EnumTextAreaPairInput` (a dropdown with a text area beside it), `TEXT`\nand `TEXT_NO_VARS` (a text input), `TEXTAREA` and `TEXTAREA_NO_VARS` (a text area,\none line by default), `CODE`, `BOOLEAN_INPUT` and `SWITCH` (a toggle),\n`CONDITIONAL` and `DYNAMIC_CONDITIONAL` (a filter). Other kinds may come.\n',
            examples=["DYNAMIC_ENUM"],
        ),
    ]
    title: Annotated[
        str | None,
        Field(description="The input's label (Tools and SDK 2.4.0's typing)."),
    ] = None
    label: Annotated[
        str | None,
        Field(description="The input's label (the Triggers API's name for it)."),
    ] = None
    subtitle: str | None = None
    placeholder: str | None = None
    required: Annotated[
        bool | None, Field(description="Whether a value must be given.")
    ] = None
    defaultValue: Annotated[
        Any | None, Field(description="The value used when none is given.")
    ] = None
    values: Annotated[
        Any | None,
        Field(description="The options of an `ENUM`-like input, in an array."),
    ] = None
    dependentInputs: Annotated[
        list[NestedParagonInput] | None,
        Field(
            description="Inputs shown once this one has a value (the variants of a polymorphic Tool)."
        ),
    ] = None


class ToolRunRequest(BaseModel):
    """
    Which Tool to run, with which inputs (`runTool`).
    """

    tool: Annotated[
        str,
        Field(
            description="The Tool's name, in either format of `listTools`, like `SLACK_SEND_MESSAGE`.",
            examples=["SLACK_SEND_MESSAGE"],
            max_length=255,
            min_length=1,
        ),
    ]
    parameters: ToolArguments


class ActionRunRequest(BaseModel):
    """
    Which Tool to run, with which inputs, in the older body of `runAction`.
    """

    action: Annotated[
        str,
        Field(
            description="The Tool's name, like `SLACK_SEND_MESSAGE` (`tool` in `runTool`).",
            examples=["SLACK_SEND_MESSAGE"],
            max_length=255,
            min_length=1,
        ),
    ]
    parameters: ToolArguments


class TriggerDefinition(BaseModel):
    """
    One Trigger that the Connected User can be subscribed to, and the inputs of its subscription.
    """

    type: Annotated[
        str,
        Field(
            description="The Trigger's name, which a subscription names, like `HUBSPOT_RECORD_CREATED`.",
            min_length=1,
        ),
    ]
    triggerModel: TriggerModel
    title: Annotated[
        str, Field(description="The Trigger's name for people, like `New Record`.")
    ]
    description: str
    parameters: Annotated[
        list[ParagonInput],
        Field(description="The inputs of a subscription to the Trigger."),
    ]


class CustomIntegration(BaseModel):
    """
    The definition of a custom integration built in Paragon's dashboard. Its integration's
    `type` is `custom.<name>`, and so is `slug`; SDK 2.4.0 reads the inputs a user gives when
    connecting it from `inputFields` (not `sdkIntegrationConfig.authConfigInputs`).

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: UUID | None = None
    name: str | None = None
    slug: IntegrationType | None = None
    icon: AnyUrl | None = None
    inputFields: Annotated[
        list[ConnectInput] | None,
        Field(description="The inputs asked when the user connects an account."),
    ] = None


class SharedMeta(BaseModel):
    """
    The integration-level User Settings.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    inputs: list[ConnectInput] | None = None


class WorkflowMeta(BaseModel):
    """
    What the Connect Portal shows of one workflow. SDK 2.4.0's `getIntegrationConfig` lists
    the entries by their `id` (those of the integration's `workflows`), not by their keys.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[
        UUID | None,
        Field(description="The workflow's ID, the same as the entry's key."),
    ] = None
    inputs: Annotated[
        list[ConnectInput] | None,
        Field(description="The workflow-level User Settings."),
    ] = None
    infoText: str | None = None
    defaultEnabled: bool | None = None
    hidden: Annotated[
        bool | None,
        Field(description="Hidden workflows are listed in `hiddenWorkflows`."),
    ] = None


class AccountTypeOption(BaseModel):
    """
    One account type of an integration, like Salesforce's production or sandbox.
    """

    id: Annotated[str, Field(description="Pass it to `installFlow.setAccountType()`.")]
    accountDescription: str | None = None
    scheme: AuthenticationType | None = None
    skipPostOAuthInputs: Annotated[
        bool | None,
        Field(
            description="The install flow asks no post-OAuth inputs for this account type."
        ),
    ] = None
    endUserSuppliedValues: Annotated[
        list[ConnectInput] | None,
        Field(
            description="The inputs this account type asks before OAuth, instead of the integration's `authConfigInputs`."
        ),
    ] = None


class DataSourceMap(RootModel[dict[str, DataSource]]):
    """
    The integration's data sources, by source type.
    """

    root: dict[str, DataSource]


class Credential(BaseModel):
    """
    A connected account (Connect credential) of the Connected User.
    """

    id: UUID
    projectId: UUID
    integrationId: UUID
    personaId: Annotated[
        UUID, Field(description="The Connected User's ID inside Paragon.")
    ]
    isPreviewCredential: bool | None = None
    providerId: Annotated[
        str | None,
        Field(
            description="The user's ID at the provider (for Salesforce, their Salesforce user ID)."
        ),
    ] = None
    dateCreated: AwareDatetime | None = None
    dateUpdated: AwareDatetime | None = None
    dateRefreshed: AwareDatetime | None = None
    dateValidUntil: AwareDatetime | None = None
    dateDeleted: Annotated[
        AwareDatetime | None,
        Field(
            deprecated=True,
            description="Shown by old versions of the docs; always null.",
        ),
    ] = None
    status: CredentialStatus | None = None
    providerData: ProviderData | None = None
    refreshFailureCount: Annotated[int | None, Field(ge=0)] = None
    configurations: Annotated[
        list[CredentialConfiguration] | None,
        Field(
            description="The credential's configurations (Multi-Configuration); the default one has `isDefault`."
        ),
    ] = None
    accountAuth: AccountAuth | None = None
    externalId: Annotated[
        str | None,
        Field(
            description="An ID of the application's choosing, usable in `X-Paragon-Credential`."
        ),
    ] = None
    config: CredentialConfig | None = None


class CredentialCreation(RootModel[CredentialCreateRequest | CredentialCodeExchange]):
    root: Annotated[
        CredentialCreateRequest | CredentialCodeExchange,
        Field(
            description="The body of `createCredential`: the user's inputs, or an authorization code."
        ),
    ]


class FieldOptionsRequest(BaseModel):
    """
    The body of `getFieldOptions`.
    """

    action: IntegrationType
    sourceKey: Annotated[
        str,
        Field(
            description="The source type, or the `cacheKey` of a source inside a compound one.",
            max_length=255,
            min_length=1,
        ),
    ]
    parameters: list[FieldOptionParameter] | None = None
    paginationParameters: FieldOptionsPagination | None = None


class FieldOptionsPage(BaseModel):
    """
    One page of options and the cursor of the next.
    """

    records: list[FieldOptionItem]
    nextPageCursor: Annotated[
        str | None,
        Field(
            description="Pass it as `pageCursor` for the next page; `null` on the last page."
        ),
    ]
    nestedData: Annotated[
        list[NestedFieldData] | None,
        Field(description="Only for Jira's default value mappings; empty otherwise."),
    ] = None


class AccountTypeStage(BaseModel):
    """
    The user chooses an account type; answer with `installFlow.setAccountType()`.
    """

    stage: Literal["accountType"]
    options: Annotated[list[AccountTypeOption], Field(min_length=1)]


class DoneStage(BaseModel):
    """
    The integration is installed.
    """

    stage: Literal["done"]
    credentialId: UUID
    credential: Credential | None = None


class IntegrationUserConfig(BaseModel):
    """
    What `getIntegrationConfig` returns: descriptions, User Settings and workflows.
    """

    shortDescription: str
    longDescription: str
    availableUserSettings: list[ConnectInput]
    availableWorkflows: list[AvailableWorkflow]
    hiddenWorkflows: list[AvailableWorkflow]


class FunctionTool(BaseModel):
    """
    A Tool in the `json_schema` format: OpenAI's function-calling shape, which most LLM APIs
    and agent frameworks take as it is.

    """

    type: Annotated[Literal["function"], Field(description="Always `function`.")]
    function: FunctionDefinition


class ParagonTool(BaseModel):
    """
    A Tool in the `paragon` format, the schema behind Paragon's workflow editor, for
    rendering a form that configures the Tool (a node of a workflow builder). Polymorphic
    Tools stay whole (`SALESFORCE_CREATE_RECORD`), their variants' inputs under
    `dependentInputs`. Described loosely: properties not named here may appear.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[
        str,
        Field(
            description="The Tool's name, which `runTool` takes as `tool`.",
            min_length=1,
        ),
    ]
    title: Annotated[
        str, Field(description="The Tool's name for people, like `Send Message`.")
    ]
    description: str | None = None
    inputs: Annotated[
        list[ParagonInput] | None,
        Field(description="The inputs, in the order to show them."),
    ] = None


class TriggersByIntegration(RootModel[dict[str, list[TriggerDefinition]]]):
    """
    Triggers by integration type.
    """

    root: dict[str, list[TriggerDefinition]]


class ParagonUserIntegration(BaseModel):
    """
    One integration's entry of `getUser()`: an `IntegrationState`, of which the reference's
    example shows only `enabled`, `credentialId`, `credentialStatus`, `providerId`,
    `providerData` and `configuredWorkflows`.

    """

    enabled: bool
    credentialId: Annotated[str | None, Field(min_length=1)] = None
    credentialStatus: CredentialStatus | None = None
    providerId: str | None = None
    providerData: ProviderData | None = None
    configuredWorkflows: WorkflowSettingsMap | None = None
    workflowSettings: WorkflowSettingsMap | None = None
    sharedSettings: UserSettings | None = None
    allCredentials: list[Credential] | None = None
    allConfigurations: list[CredentialConfiguration] | None = None


class IntegrationState(BaseModel):
    """
    The Connected User's state for one integration.
    """

    enabled: Annotated[
        bool,
        Field(
            description="Whether the user has a connected account for this integration."
        ),
    ]
    credentialId: Annotated[
        str | None,
        Field(
            description="The first connected account's credential ID. Paragon's IDs are UUIDs, but the SDK\nreference's own getUser() example shows `987654-56a7-89b1-cd23-456789abcdef`, which is\nnot one, so no format is promised here: read it as an opaque string.\n",
            min_length=1,
        ),
    ] = None
    credentialStatus: CredentialStatus | None = None
    providerId: Annotated[
        str | None, Field(description="The user's ID at the provider.")
    ] = None
    providerData: ProviderData | None = None
    sharedSettings: UserSettings | None = None
    workflowSettings: WorkflowSettingsMap | None = None
    configuredWorkflows: Annotated[
        WorkflowSettingsMap | None,
        Field(
            deprecated=True,
            description="The old name of `workflowSettings`, still sent.",
        ),
    ] = None
    allCredentials: Annotated[
        list[Credential],
        Field(
            description="Every connected account of the user for this integration; an empty array for an\nintegration the user has not installed. Always sent: SDK 2.4.0 calls\n`allCredentials.flatMap(...)` on every entry in `authenticate()`.\n"
        ),
    ]
    allConfigurations: Annotated[
        list[CredentialConfiguration] | None,
        Field(
            description="Every configuration of those accounts. Paragon sends it with `allCredentials`; SDK\n2.4.0 computes it again from `allCredentials[].configurations`.\n"
        ),
    ] = None


class WorkflowMetaMap(RootModel[dict[str, WorkflowMeta]]):
    """
    What the Connect Portal shows of each workflow, by workflow ID.
    """

    root: dict[str, WorkflowMeta]


class SdkIntegrationConfig(BaseModel):
    """
    What the SDK needs to install an integration and to load its data sources.
    """

    accountTypes: Annotated[
        list[AccountTypeOption] | None,
        Field(
            description="The account types to choose from; the install flow skips the choice when there is one or none."
        ),
    ] = None
    oauthInputs: Annotated[
        list[ConnectInput] | None,
        Field(
            description="Inputs asked before OAuth, as older answers name them. SDK 2.4.0 never reads them (it\nreads `authConfigInputs`); the Python client asks them only when `authConfigInputs`\nis empty.\n"
        ),
    ] = None
    postOauthInputs: Annotated[
        list[ConnectInput] | None,
        Field(
            description="Inputs asked after OAuth (the install flow's `postOptions`)."
        ),
    ] = None
    authConfigInputs: Annotated[
        list[ConnectInput] | None,
        Field(
            description="The inputs asked before connecting (the install flow's `preOptions`): before OAuth\nfor an OAuth integration, unless the chosen account type has `endUserSuppliedValues`\nof its own; the credentials themselves for one connected without OAuth (an API key).\n"
        ),
    ] = None
    dataSources: DataSourceMap | None = None


class CredentialList(RootModel[list[Credential]]):
    """
    The Connected User's credentials.
    """

    root: Annotated[
        list[Credential], Field(description="The Connected User's credentials.")
    ]


class FieldOptionsResponse(BaseModel):
    """
    One page of options, in one of two shapes: every option without paging (a list of
    options, or a list of sections, as SDK 2.4.0 types it: `EnumInputValue[] |
    EnumSection[]`), or a page of `records`.

    """

    output: list[FieldOption] | Output | FieldOptionsPage


class InstallFlowStage(
    RootModel[
        AccountTypeStage
        | InstructionStage
        | PreOptionsStage
        | OAuthStage
        | PostOptionsStage
        | DoneStage
    ]
):
    root: Annotated[
        AccountTypeStage
        | InstructionStage
        | PreOptionsStage
        | OAuthStage
        | PostOptionsStage
        | DoneStage,
        Field(
            description="A stage of the headless install flow (`installFlow`), told apart by `stage`. The SDK\ncomputes the stages from the integration's `sdkIntegrationConfig`; no request returns\nthem. They are described here so that every generated client shares one model.\n",
            discriminator="stage",
        ),
    ]


class ToolDefinition(RootModel[FunctionTool | ParagonTool]):
    root: Annotated[
        FunctionTool | ParagonTool,
        Field(
            description="One Tool, in the format asked for with `format`: a `FunctionTool` (`json_schema`, the\ndefault: `type` is `function`) or a `ParagonTool` (`paragon`: `name`, `title` and\n`inputs`).\n"
        ),
    ]


class TriggerList(BaseModel):
    """
    What `listTriggers` answers (SDK 2.4.0's `GetTriggerTypesResponse`).
    """

    triggers: TriggersByIntegration
    errors: Annotated[
        list[CatalogError] | None,
        Field(description="The integrations whose Triggers could not be loaded."),
    ] = None


class ParagonUserIntegrations(RootModel[dict[str, ParagonUserIntegration]]):
    """
    The user's state for each integration, by type, as `getUser()` shows it.
    """

    root: dict[str, ParagonUserIntegration]


class IntegrationStateMap(RootModel[dict[str, IntegrationState]]):
    """
    The user's state for each integration of the project, by integration type.
    """

    root: dict[str, IntegrationState]


class IntegrationPortalConfigValues(BaseModel):
    """
    What the Connect Portal shows; `getIntegrationConfig` is computed from it.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    overview: Annotated[
        str | None, Field(description="The long description (`longDescription`).")
    ] = None
    description: Annotated[
        str | None, Field(description="The short description (`shortDescription`).")
    ] = None
    accentColor: str | None = None
    sharedMeta: SharedMeta | None = None
    workflowMeta: WorkflowMetaMap | None = None


class ToolsByIntegration(RootModel[dict[str, list[ToolDefinition]]]):
    """
    Tools by integration type (`hubspot`, `slack`, ...), in the format asked for.
    """

    root: dict[str, list[ToolDefinition]]


class ConnectUser(BaseModel):
    """
    The Connected User's state. `getUser()` returns it with `authenticated` added.
    """

    userId: Annotated[
        str, Field(description="The user ID the application put in the token's `sub`.")
    ]
    integrations: IntegrationStateMap
    meta: UserMetadata | None = None
    resources: list[ConnectResource] | None = None
    project: ProjectSummary | None = None


class ParagonUser(BaseModel):
    """
    What `getUser()` returns; the SDK computes it, no request does. Before `authenticate()`
    it is `{authenticated: false}` alone; afterwards the `/sdk/me` answer (`ConnectUser`)
    with `authenticated: true`. The SDK reference's example shows each integration's entry
    abbreviated, so only what it shows is described here; `ConnectUser` is the wire.

    """

    authenticated: bool
    userId: str | None = None
    integrations: ParagonUserIntegrations | None = None
    meta: UserMetadata | None = None
    resources: list[ConnectResource] | None = None
    project: ProjectSummary | None = None


class IntegrationPortalConfig(BaseModel):
    """
    The Connect Portal configuration of an integration.
    """

    id: UUID
    values: IntegrationPortalConfigValues


class ToolList(BaseModel):
    """
    What `listTools` (and the deprecated `listActions`) answers: the Tools by integration
    type, and the integrations whose Tools could not be loaded. The Tools come under `tools`
    (the List Tools page's example); earlier answers and the `/actions` path put them under
    `actions`. Read `tools`, else `actions`.

    """

    tools: ToolsByIntegration | None = None
    actions: ToolsByIntegration | None = None
    errors: Annotated[
        list[CatalogError] | None,
        Field(
            description="The integrations whose Tools could not be loaded; empty when every one was."
        ),
    ] = None


class Integration(BaseModel):
    """
    An integration of the project, with its Connect Portal and SDK configuration.
    """

    id: UUID
    projectId: UUID | None = None
    customIntegrationId: UUID | None = None
    type: IntegrationType
    isActive: Annotated[
        bool,
        Field(
            description="Whether the integration is active; `getIntegrationMetadata` lists only active ones."
        ),
    ]
    configs: list[IntegrationPortalConfig]
    workflows: list[WorkflowSummary]
    customIntegration: CustomIntegration | None = None
    hasCredential: Annotated[
        bool | None,
        Field(
            description="Whether the project has the integration's app credentials (client ID and secret)."
        ),
    ] = None
    connectedUserLimitOnDevCred: Annotated[int | None, Field(ge=0)] = None
    connectedUserLimitReached: bool | None = None
    name: str
    brandColor: Annotated[
        str,
        Field(
            description="The provider's brand colour, as `#RRGGBB`.",
            pattern="^#[0-9A-Fa-f]{6}$",
        ),
    ]
    needPreOauthInputs: bool | None = None
    providerType: str | None = None
    authenticationType: AuthenticationType
    sdkIntegrationConfig: SdkIntegrationConfig | None = None


class IntegrationAccount(Integration, IntegrationAccountInfo):
    """
    An integration with the Connected User's account of it (SDK 2.4.0's
    `IConnectIntegrationWithCredentialInfo`): what the file pickers read the provider's
    access token from (`accountAuth`, only with `includeAccountAuth=true`).

    """


class IntegrationList(RootModel[list[Integration]]):
    """
    The project's integrations.
    """

    root: Annotated[list[Integration], Field(description="The project's integrations.")]


class CredentialListing(RootModel[CredentialList | IntegrationAccount]):
    root: Annotated[
        CredentialList | IntegrationAccount,
        Field(
            description="The answer of `listCredentials`: the user's credentials, or, when the request names an\n`integration`, that integration with the user's account of it.\n"
        ),
    ]
