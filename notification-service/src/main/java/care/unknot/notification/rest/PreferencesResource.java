package care.unknot.notification.rest;

import care.unknot.events.notification.Channel;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.Roles;
import care.unknot.notification.service.PreferencesService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients/{patientId}")
@Tag(name = "Reminder preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    private final PreferencesService preferences;

    public PreferencesResource(PreferencesService preferences) {
        this.preferences = preferences;
    }

    @GET
    @Path("/notification-preferences")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Reminder times, quiet hours and channel consents (the patient itself, therapist, admin)")
    @APIResponse(responseCode = "200", description = "The effective settings; ETag names the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreferencesResponse.class),
                    examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES_RESPONSE)))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a patient, therapist or admin")
    @APIResponse(responseCode = "404", description = "Unknown patient, or not the caller's own id")
    public Response read(@PathParam("patientId") UUID patientId) {
        return ok(preferences.read(patientId));
    }

    @PUT
    @Path("/notification-preferences")
    @RolesAllowed({Roles.PATIENT, Roles.THERAPIST, Roles.ADMIN})
    @Operation(summary = "Replace reminder times and quiet hours (absent: default); requires If-Match")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "times", value = Examples.PREFERENCES_REQUEST)))
    @APIResponse(responseCode = "200", description = "Updated; pending daily reminders moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreferencesResponse.class),
                    examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a patient, therapist or admin")
    @APIResponse(responseCode = "404", description = "Unknown patient, or not the caller's own id")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("patientId") UUID patientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @Valid @NotNull PreferencesRequest request) {
        return ok(preferences.update(patientId, ifMatch, request.diaryReminderTime(),
                request.homeProgramReminderTime(), request.quietHoursStart(), request.quietHoursEnd()));
    }

    @PUT
    @Path("/notification-channels/{channel}")
    @RolesAllowed(Roles.PATIENT)
    @Operation(summary = "Give or withdraw consent for one channel, with its address (the patient itself)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "email", value = Examples.CHANNEL_REQUEST)))
    @APIResponse(responseCode = "200", description = "Stored; the settings with every channel",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreferencesResponse.class),
                    examples = @ExampleObject(name = "preferences", value = Examples.PREFERENCES_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid field (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "No or invalid bearer token")
    @APIResponse(responseCode = "403", description = "Not a patient")
    @APIResponse(responseCode = "404", description = "Unknown patient, or not the caller's own id")
    public Response putChannel(@PathParam("patientId") UUID patientId, @PathParam("channel") Channel channel,
            @Valid @NotNull ChannelRequest request) {
        return ok(preferences.putChannel(patientId, channel, request.consent(), request.address()));
    }

    private static Response ok(PreferencesService.View view) {
        return Response.ok(PreferencesResponse.of(view)).header("ETag", ETags.of(view.stored().version())).build();
    }
}
