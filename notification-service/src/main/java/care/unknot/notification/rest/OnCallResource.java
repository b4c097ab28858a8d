package care.unknot.notification.rest;

import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import care.unknot.notification.service.OnCallInbox;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The clinic's on-call inbox: urgent alerts for patients without a treating therapist, for therapists and admins. */
@Path("/api/v1/on-call/notifications")
@Tag(name = "On-call inbox")
@Produces(MediaType.APPLICATION_JSON)
public class OnCallResource {

    private final OnCallInbox inbox;

    public OnCallResource(OnCallInbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Urgent alerts for patients without a treating therapist, newest first, cursor-paged")
    @APIResponse(responseCode = "200", description = "A page; pass next as after for the following page",
            content = @Content(schema = @Schema(implementation = OnCallNotificationResponse.Page.class),
                    examples = @ExampleObject(name = "page", value = Examples.ON_CALL_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit, cursor or filter (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    public Page<OnCallNotificationResponse> list(
            @Parameter(description = "true: only the alerts nobody acknowledged yet")
            @QueryParam("unacknowledged") @DefaultValue("false") boolean unacknowledged,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam(Cursor.PARAMETER) String after) {
        InboxCursor cursor = InboxCursor.parse(after);
        return Page.of(inbox.page(unacknowledged, cursor.createdAt(), cursor.id(), limit + 1), limit,
                item -> Cursor.encode(item.createdAt().toString(), item.id().toString()))
                .map(OnCallNotificationResponse::of);
    }

    @POST
    @Path("/{notificationId}/acknowledge")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Acknowledge an alert: records who and when; a second acknowledgement keeps the first")
    @APIResponse(responseCode = "200", description = "The alert with its (first) acknowledgement",
            content = @Content(schema = @Schema(implementation = OnCallNotificationResponse.class),
                    examples = @ExampleObject(name = "acknowledged", value = Examples.ON_CALL_ACKNOWLEDGED)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such alert in the on-call inbox")
    public OnCallNotificationResponse acknowledge(@PathParam("notificationId") UUID notificationId) {
        return OnCallNotificationResponse.of(inbox.acknowledge(notificationId));
    }
}
