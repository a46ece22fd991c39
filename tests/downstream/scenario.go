// One Connected User's session through the stock openapi-generator `go` clients.
//
// Generate one package per Paragon service from spec/services/:
//
//	openapi-generator-cli generate -g go -i spec/services/paragon-zeus.yaml -o zeus \
//	    --package-name zeus --git-host example.com --git-user-id paragon --git-repo-id zeus \
//	    --additional-properties=enumClassPrefix=true,useOneOfDiscriminatorLookup=true
//	(the same for hermes, proxy and actionkit)
//
// `enumClassPrefix` keeps the constants of two enums that share a value (PENDING) apart, and
// `useOneOfDiscriminatorLookup` reads a oneOf with the standard library only (without it the
// client needs gopkg.in/validator.v2). Put this file in a module whose go.mod requires
// example.com/paragon/{zeus,hermes,proxy,actionkit} and replaces each with its folder, then
// `go run .` with PARAGON_BASE_URL, PARAGON_TOKEN (a user token your backend signed) and
// PARAGON_PROJECT_ID set. Against `paragon-mock serve` the one base URL serves every service;
// against Paragon's cloud, give each service its own host (zeusURL, hermesURL, proxyURL and
// actionkitURL below).
//
// The steps are those of every scenario in this folder (see scenario.py); each checks what came
// back, and a failed check stops the program with exit status 1.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	"example.com/paragon/actionkit"
	"example.com/paragon/hermes"
	"example.com/paragon/proxy"
	"example.com/paragon/zeus"
)

const (
	hubspotContactSync = "3eb95154-3c7b-413c-bf14-ba367d95b53f" // App Event trigger
	hubspotCreateDeal  = "e528c08c-da7d-4e02-ba9e-ec9eae26f90c" // Request trigger
)

func required(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fail("%s is not set", name)
	}
	return value
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "go: check failed: "+format+"\n", args...)
	os.Exit(1)
}

func check(condition bool, format string, args ...interface{}) {
	if !condition {
		fail(format, args...)
	}
}

// must stops at a transport or status error, with the answer's status when there was one.
func must(err error, response *http.Response, what string) {
	if err != nil {
		status := 0
		if response != nil {
			status = response.StatusCode
		}
		fail("%s: %v (status %d)", what, err, status)
	}
}

func step(name string) {
	fmt.Println("go: " + name)
}

// connect installs an OAuth integration: the consent page, then its session until it is approved.
func connect(ctx context.Context, client *zeus.APIClient, projectID string, integration zeus.Integration) *zeus.OAuthSession {
	nonceBytes := make([]byte, 16)
	_, err := rand.Read(nonceBytes)
	must(err, nil, "a random nonce")
	nonce := hex.EncodeToString(nonceBytes)
	consent, response, err := client.OauthAPI.BuildOauthUrl(ctx, projectID).
		Action(integration.GetType()).IntegrationId(integration.GetId()).OauthMetaKeyId(nonce).
		Execute()
	must(err, response, "buildOauthUrl")
	// The user approves on the consent page; on paragon-mock, its Approve button is this POST.
	approval, err := http.Post(consent.GetRedirectUrl()+"/approve", "text/plain", nil)
	must(err, approval, "the consent page's Approve")
	approval.Body.Close()
	check(approval.StatusCode < 400, "the consent page took the approval: %d", approval.StatusCode)
	session, response, err := client.OauthAPI.GetOauthSession(ctx, projectID, nonce).Execute()
	must(err, response, "getOauthSession")
	for poll := 0; poll < 30 && session.GetStatus() == zeus.OAUTHSESSIONSTATUS_PENDING; poll++ {
		time.Sleep(time.Second) // the SDK polls every second
		session, response, err = client.OauthAPI.GetOauthSession(ctx, projectID, nonce).Execute()
		must(err, response, "getOauthSession")
	}
	check(session.GetStatus() == zeus.OAUTHSESSIONSTATUS_APPROVED && session.GetConnectCredentialId() != "",
		"the user approved: %v", session.GetStatus())
	return session
}

func main() {
	baseURL := required("PARAGON_BASE_URL")
	token := required("PARAGON_TOKEN")
	projectID := required("PARAGON_PROJECT_ID")
	// Paragon's cloud: https://zeus.useparagon.com, https://hermes.useparagon.com,
	// https://proxy.useparagon.com and https://actionkit.useparagon.com; on-premise: zeus.,
	// hermes., worker-proxy. and actionkit. of your host (Paragon's SDK; its docs say
	// worker-actionkit.).
	zeusURL, hermesURL, proxyURL, actionkitURL := baseURL, baseURL, baseURL, baseURL

	zeusConfig := zeus.NewConfiguration()
	zeusConfig.Servers = zeus.ServerConfigurations{{URL: zeusURL}}
	zeusClient := zeus.NewAPIClient(zeusConfig)
	hermesConfig := hermes.NewConfiguration()
	hermesConfig.Servers = hermes.ServerConfigurations{{URL: hermesURL}}
	hermesClient := hermes.NewAPIClient(hermesConfig)
	proxyConfig := proxy.NewConfiguration()
	proxyConfig.Servers = proxy.ServerConfigurations{{URL: proxyURL}}
	proxyClient := proxy.NewAPIClient(proxyConfig)
	actionkitConfig := actionkit.NewConfiguration()
	actionkitConfig.Servers = actionkit.ServerConfigurations{{URL: actionkitURL}}
	actionkitClient := actionkit.NewAPIClient(actionkitConfig)
	// Each package reads the token from its own context key.
	background := context.Background()
	zeusCtx := context.WithValue(background, zeus.ContextAccessToken, token)
	hermesCtx := context.WithValue(background, hermes.ContextAccessToken, token)
	proxyCtx := context.WithValue(background, proxy.ContextAccessToken, token)
	actionkitCtx := context.WithValue(background, actionkit.ContextAccessToken, token)

	step("1. GET /sdk/me")
	me, response, err := zeusClient.UserAPI.GetCurrentUser(zeusCtx, projectID).Execute()
	must(err, response, "getCurrentUser")
	check(me.GetUserId() != "", "the user has an ID")
	check(me.GetIntegrations() != nil, "integrations is a map")

	step("2. list the integrations")
	integrations, response, err := zeusClient.IntegrationsAPI.ListIntegrations(zeusCtx, projectID).Execute()
	must(err, response, "listIntegrations")
	byType := map[string]zeus.Integration{}
	for _, integration := range integrations {
		byType[integration.GetType()] = integration
	}
	stripe, hasStripe := byType["stripe"]
	hubspot, hasHubspot := byType["hubspot"]
	check(hasStripe && hasHubspot, "stripe and hubspot are listed")

	step("3. install Stripe with an API key")
	install := zeus.NewCredentialCreateRequest(
		stripe.GetId(), map[string]interface{}{"API_KEY": "sk_test_downstream"},
	)
	stripeCredential, response, err := zeusClient.CredentialsAPI.CreateCredential(zeusCtx, projectID).
		CredentialCreation(zeus.CredentialCreateRequestAsCredentialCreation(install)).
		Execute()
	must(err, response, "createCredential")
	check(response.StatusCode == 201, "createCredential answers 201, not %d", response.StatusCode)
	check(stripeCredential.GetIntegrationId() == stripe.GetId(), "the credential is Stripe's")

	step("4. install HubSpot through OAuth, then enable and disable a workflow")
	hubspotCredentialID := connect(zeusCtx, zeusClient, projectID, hubspot).GetConnectCredentialId()
	enabled, response, err := zeusClient.WorkflowsAPI.EnableWorkflow(zeusCtx, projectID, hubspotContactSync).Execute()
	must(err, response, "enableWorkflow")
	check(enabled.GetEnabled(), "the workflow is enabled")
	disabled, response, err := zeusClient.WorkflowsAPI.DisableWorkflow(zeusCtx, projectID, hubspotContactSync).Execute()
	must(err, response, "disableWorkflow")
	check(!disabled.GetEnabled(), "the workflow is disabled")

	step("5. send an App Event (hermes)")
	event := hermes.NewAppEvent(
		"Contact Created", map[string]interface{}{"name": "Brandon", "email": "brandon@example.com"},
	)
	receipt, response, err := hermesClient.EventsAPI.TriggerEvent(hermesCtx, projectID).AppEvent(*event).Execute()
	must(err, response, "triggerEvent")
	check(response.StatusCode == 201, "triggerEvent answers 201, not %d", response.StatusCode)
	check(receipt.GetName() == "Contact Created", "the receipt names the event")

	step("6. trigger a request-triggered workflow (hermes)")
	_, response, err = zeusClient.WorkflowsAPI.EnableWorkflow(zeusCtx, projectID, hubspotCreateDeal).Execute()
	must(err, response, "enableWorkflow")
	_, response, err = hermesClient.WorkflowsAPI.TriggerWorkflow(hermesCtx, projectID, hubspotCreateDeal).
		RequestBody(map[string]interface{}{"amount": 1200}).
		Execute()
	must(err, response, "triggerWorkflow")
	check(response.StatusCode == 202, "a workflow without a Response step answers 202: %d", response.StatusCode)

	step("7. POST through the proxy to a multi-segment provider path")
	answer, response, err := proxyClient.ProxyAPI.ProxyPost(proxyCtx, projectID, "stripe", "v1/customers").
		Body(map[string]interface{}{"email": "brandon@example.com"}).
		Execute()
	must(err, response, "proxyPost")
	// The mock's fake Stripe echoes the request it received.
	wrapped, _ := answer.(map[string]interface{})
	output, _ := wrapped["output"].(map[string]interface{})
	check(output["method"] == "POST", "the provider got a POST: %v", output)
	check(output["path"] == "v1/customers", "the provider got the path v1/customers: %v", output)
	body, _ := output["body"].(map[string]interface{})
	check(body["email"] == "brandon@example.com", "the provider got the body: %v", output)

	step("8. list the credentials and read one")
	listing, response, err := zeusClient.CredentialsAPI.ListCredentials(zeusCtx, projectID).Execute()
	must(err, response, "listCredentials")
	check(listing.ArrayOfCredential != nil, "without `integration` the answer is a list")
	listed := map[string]bool{}
	for _, credential := range *listing.ArrayOfCredential {
		listed[credential.GetId()] = true
	}
	check(listed[stripeCredential.GetId()], "Stripe's credential is listed: %v", listed)
	check(listed[hubspotCredentialID], "HubSpot's credential is listed: %v", listed)
	read, response, err := zeusClient.CredentialsAPI.GetCredential(zeusCtx, projectID, stripeCredential.GetId()).Execute()
	must(err, response, "getCredential")
	check(read.GetId() == stripeCredential.GetId(), "getCredential reads it back")
	check(read.GetIntegrationId() == stripe.GetId(), "the credential read is Stripe's")

	step("9. install Slack through OAuth")
	slack, hasSlack := byType["slack"]
	check(hasSlack, "slack is listed")
	slackCredentialID := connect(zeusCtx, zeusClient, projectID, slack).GetConnectCredentialId()

	step("10. list Slack's Tools and run SLACK_SEND_MESSAGE (actionkit)")
	// The JSON Schema of each Tool's parameters, by the Tool's name, as a map: what an agent
	// hands to its LLM.
	functions := map[string]map[string]interface{}{}
	toolIntegrations := 0
	toolList, response, err := actionkitClient.ActionkitAPI.ListTools(actionkitCtx, projectID).
		Integrations("slack").
		Execute()
	must(err, response, "listTools")
	toolIntegrations = len(toolList.Tools)
	for _, tool := range toolList.Tools["slack"] {
		if tool.FunctionTool == nil {
			continue
		}
		encoded, err := json.Marshal(tool.FunctionTool.Function.GetParameters())
		must(err, nil, "a Tool's parameters, encoded again")
		var schema map[string]interface{}
		must(json.Unmarshal(encoded, &schema), nil, "a Tool's parameters, decoded again")
		functions[tool.FunctionTool.Function.GetName()] = schema
	}
	check(toolIntegrations == 1 && len(functions) > 0, "only Slack's Tools: %d integrations", toolIntegrations)
	schema, listedSend := functions["SLACK_SEND_MESSAGE"]
	check(listedSend, "SLACK_SEND_MESSAGE is listed: %v", functions)
	check(schema["type"] == "object", "its parameters are an object's JSON Schema: %v", schema)
	required := map[interface{}]bool{}
	names, _ := schema["required"].([]interface{})
	for _, name := range names {
		required[name] = true
	}
	check(required["channel"] && required["message"], "it requires both: %v", schema)
	properties, _ := schema["properties"].(map[string]interface{})
	messageSchema, _ := properties["message"].(map[string]interface{})
	check(messageSchema["type"] == "string", "message is a string: %v", schema)
	// An agent hands the schema to its LLM as it came: the keywords the model does not name stay.
	check(schema["additionalProperties"] == false, "it is kept whole: %v", schema)
	text := "Hello from go"
	sent, response, err := actionkitClient.ActionkitAPI.RunTool(actionkitCtx, projectID).
		ToolRunRequest(*actionkit.NewToolRunRequest(
			"SLACK_SEND_MESSAGE", map[string]interface{}{"channel": "#general", "message": text},
		)).
		// The account to act with, as with several of them (Multi-Account Authorization).
		XParagonCredential(slackCredentialID).
		Execute()
	must(err, response, "runTool")
	// What the Tool returned is Slack's chat.postMessage answer, as it is.
	postMessage, _ := sent.(map[string]interface{})
	check(postMessage["ok"] == true, "Slack took the message: %v", sent)
	message, _ := postMessage["message"].(map[string]interface{})
	check(message["text"] == text, "Slack sent the text: %v", sent)

	step("11. list the Triggers (actionkit)")
	triggers, response, err := actionkitClient.ActionkitAPI.ListTriggers(actionkitCtx, projectID).Execute()
	must(err, response, "listTriggers")
	triggerTypes := map[string]bool{}
	for _, group := range triggers.GetTriggers() {
		for _, trigger := range group {
			triggerTypes[trigger.GetType()] = true
		}
	}
	check(triggerTypes["SLACK_TRIGGER_CHANNEL_CREATED"], "Slack's are listed: %v", triggerTypes)
	check(triggerTypes["HUBSPOT_RECORD_CREATED"], "HubSpot's are listed: %v", triggerTypes)

	fmt.Println("go: every step passed")
}
