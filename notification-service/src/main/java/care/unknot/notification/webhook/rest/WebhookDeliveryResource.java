package care.unknot.notification.webhook.rest;

import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import care.unknot.notification.webhook.domain.Delivery;
import care.unknot.notification.webhook.domain.DeliveryStatus;
import care.unknot.notification.webhook.service.DeliveryLogService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/partners/{partnerId}/webhooks/{subscriptionId}/deliveries")
@Tag(name = "Partner webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
public class WebhookDeliveryResource {

    private final DeliveryLogService log;

    public WebhookDeliveryResource(DeliveryLogService log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "The subscription's delivery log: status, attempts and last response code, cursor-paged")
    @APIResponse(responseCode = "200", description = "A page of deliveries, oldest id first",
            content = @Content(schema = @Schema(implementation = WebhookPaging.DeliveryPage.class),
                    examples = @ExampleObject(name = "page", value = WebhookExamples.DELIVERY_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid status, limit or cursor")
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription of this partner")
    public Page<DeliveryResponse> list(@PathParam("partnerId") String partnerId,
            @PathParam("subscriptionId") UUID subscriptionId, @QueryParam("status") DeliveryStatus status,
            @QueryParam("limit") @DefaultValue(WebhookPaging.DEFAULT_LIMIT) @Min(1) @Max(WebhookPaging.MAX_LIMIT)
            int limit,
            @QueryParam("after") String after) {
        return Page.of(log.list(partnerId, subscriptionId, status, WebhookPaging.after(after), limit + 1), limit,
                (Delivery d) -> WebhookPaging.cursorOf(d.id())).map(DeliveryResponse::of);
    }

    @POST
    @Path("/{deliveryId}/replay")
    @Operation(summary = "Send a finished (dead or succeeded) delivery again from its first attempt, same webhook-id")
    @APIResponse(responseCode = "202", description = "Due now",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class),
                    examples = @ExampleObject(name = "delivery", value = WebhookExamples.DELIVERY)))
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription or delivery")
    @APIResponse(responseCode = "409", description = "Still pending, or the endpoint is disabled")
    public Response replay(@PathParam("partnerId") String partnerId, @PathParam("subscriptionId") UUID subscriptionId,
            @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(DeliveryResponse.of(log.replay(partnerId, subscriptionId, deliveryId))).build();
    }

    @POST
    @Path("/replay-dead")
    @Operation(summary = "Send every dead delivery of the subscription again")
    @APIResponse(responseCode = "202", description = "How many were made due",
            content = @Content(schema = @Schema(implementation = ReplayResponse.class),
                    examples = @ExampleObject(name = "replayed", value = "{\"replayed\": 12}")))
    @APIResponse(responseCode = "403", description = "Not this partner nor an admin")
    @APIResponse(responseCode = "404", description = "No such subscription of this partner")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public Response replayDead(@PathParam("partnerId") String partnerId,
            @PathParam("subscriptionId") UUID subscriptionId) {
        return Response.accepted(new ReplayResponse(log.replayDead(partnerId, subscriptionId))).build();
    }
}
