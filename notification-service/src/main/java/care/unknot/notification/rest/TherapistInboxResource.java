package care.unknot.notification.rest;

import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.kit.security.Roles;
import care.unknot.notification.service.InboxService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/therapists/{therapistId}/notifications")
@Tag(name = "In-app inbox")
@Produces(MediaType.APPLICATION_JSON)
public class TherapistInboxResource {

    private final InboxService inbox;

    public TherapistInboxResource(InboxService inbox) {
        this.inbox = inbox;
    }

    @GET
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "The treating therapist's urgent alerts, newest first, cursor-paged (that therapist, admin)")
    @APIResponse(responseCode = "200", description = "A page; pass next as after for the following page",
            content = @Content(schema = @Schema(implementation = NotificationResponse.Page.class),
                    examples = @ExampleObject(name = "page", value = Examples.NOTIFICATION_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "Not the caller's own inbox")
    public Page<NotificationResponse> list(@PathParam("therapistId") UUID therapistId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam(Cursor.PARAMETER) String after) {
        InboxCursor cursor = InboxCursor.parse(after);
        return InboxCursor.page(inbox.therapistPage(therapistId, cursor.createdAt(), cursor.id(), limit + 1), limit);
    }

    @POST
    @Path("/{notificationId}/read")
    @RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Mark one alert read (that therapist, admin; repeating it changes nothing)")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a therapist or admin")
    @APIResponse(responseCode = "404", description = "No such alert in the caller's own inbox")
    public void markRead(@PathParam("therapistId") UUID therapistId,
            @PathParam("notificationId") UUID notificationId) {
        inbox.therapistMarkRead(therapistId, notificationId);
    }
}
