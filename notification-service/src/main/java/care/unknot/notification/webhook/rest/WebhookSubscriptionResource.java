package care.unknot.notification.webhook.rest;

import care.unknot.kit.rest.ETags;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.service.SubscriptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/partners/{partnerId}/webhooks")
@Tag(name = "Partner webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class WebhookSubscriptionResource {

    /**
     * On the responses that show a secret: no cache keeps them, and neither does the Idempotency-Key store (a retry
     * with the same key runs again: a second subscription, or a second rotation).
     */
    static final String NO_STORE = "no-store";

    private final SubscriptionService subscriptions;

    public WebhookSubscriptionResource(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Operation(summary = "Subscribe an endpoint to partner events (the partner itself or an admin); the response"
            + " shows the signing secret, once (Cache-Control: no-store: an Idempotency-Key retry subscribes again)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "subscription",
            value = WebhookExamples.SUBSCRIPTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it, ETag carries its version",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class),
                    examples = @ExampleObject(name = "created", value = WebhookExamples.SUBSCRIPTION_CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown event type or refused URL (problem+json"
            + " naming it)")
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    public Response create(@PathParam("partnerId") String partnerId, @Valid @NotNull SubscriptionRequest request,
            @Context UriInfo uri) {
        SubscriptionService.WithSecret created = subscriptions.create(partnerId, request.url(), request.eventTypes(),
                request.activeOrDefault());
        Subscription s = created.subscription();
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build())
                .header("ETag", ETags.of(s.version())).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .entity(SubscriptionResponse.of(s, created.secret())).build();
    }

    @GET
    @Operation(summary = "List a partner's subscriptions, cursor-paged (secrets are never shown again)")
    @APIResponse(responseCode = "200", description = "A page of subscriptions",
            content = @Content(schema = @Schema(implementation = WebhookPaging.SubscriptionPage.class),
                    examples = @ExampleObject(name = "page", value = WebhookExamples.SUBSCRIPTION_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor")
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    public Page<SubscriptionResponse> list(@PathParam("partnerId") String partnerId,
            @QueryParam("limit") @DefaultValue(WebhookPaging.DEFAULT_LIMIT) @Min(1) @Max(WebhookPaging.MAX_LIMIT)
            int limit,
            @QueryParam("after") String after) {
        return Page.of(subscriptions.list(partnerId, WebhookPaging.after(after), limit + 1), limit,
                (Subscription s) -> WebhookPaging.cursorOf(s.id())).map(SubscriptionResponse::of);
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(summary = "Read a subscription, with an ETag for If-Match")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class),
                    examples = @ExampleObject(name = "disabled", value = WebhookExamples.SUBSCRIPTION)))
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription of this partner")
    public Response read(@PathParam("partnerId") String partnerId, @PathParam("subscriptionId") UUID subscriptionId) {
        Subscription s = subscriptions.read(partnerId, subscriptionId);
        return Response.ok(SubscriptionResponse.of(s)).header("ETag", ETags.of(s.version())).build();
    }

    @PUT
    @Path("/{subscriptionId}")
    @Operation(summary = "Change URL, event types and active flag (requires If-Match); active true re-enables a"
            + " disabled endpoint, false disables it (webhook.endpoint-disabled)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "subscription",
            value = WebhookExamples.SUBSCRIPTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class),
                    examples = @ExampleObject(name = "disabled", value = WebhookExamples.SUBSCRIPTION)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown event type or refused URL")
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription of this partner")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("partnerId") String partnerId, @PathParam("subscriptionId") UUID subscriptionId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, @Valid @NotNull SubscriptionRequest request) {
        Subscription s = subscriptions.update(partnerId, subscriptionId, ifMatch, request.url(), request.eventTypes(),
                request.activeOrDefault());
        return Response.ok(SubscriptionResponse.of(s)).header("ETag", ETags.of(s.version())).build();
    }

    @POST
    @Path("/{subscriptionId}/secret")
    @Operation(summary = "Rotate the signing secret: the new one is shown once; the old one keeps signing next to it"
            + " (space-separated signatures) until previousSecretValidUntil; Cache-Control: no-store")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class),
                    examples = @ExampleObject(name = "rotated", value = WebhookExamples.SUBSCRIPTION_CREATED)))
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription of this partner")
    public Response rotate(@PathParam("partnerId") String partnerId,
            @PathParam("subscriptionId") UUID subscriptionId) {
        SubscriptionService.WithSecret rotated = subscriptions.rotate(partnerId, subscriptionId);
        return Response.ok(SubscriptionResponse.of(rotated.subscription(), rotated.secret()))
                .header("ETag", ETags.of(rotated.subscription().version())).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }
}
