package org.pactum.web.discussion;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.comment.Comment;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.drafting.boundary.CommentThreads;
import org.pactum.web.json.ExpectedVersion;
import org.pactum.web.registry.ActionInput;

/** The discussion of an agreement: threads anchored to an article of a revision. */
@Path("agreements/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Threaded comments on an agreement's articles, resolved when settled")
public class AgreementCommentsResource {

    @Inject
    CommentThreads threads;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Every thread on the agreement, oldest first, each with its replies")
    public List<CommentJson> threads(@PathParam("id") long id) {
        return CommentJson.threads(threads.on(id));
    }

    @GET
    @Path("{comment}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The thread a comment belongs to, with all its replies")
    public CommentJson thread(@PathParam("id") long id, @PathParam("comment") long commentId) {
        List<Comment> all = threads.on(id);
        Comment comment = all.stream().filter(c -> c.id() == commentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
        return CommentJson.threads(all).stream().filter(thread -> thread.id() == comment.threadId()).findFirst().orElseThrow();
    }

    @POST
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, ADMIN})
    @Operation(summary = "Start a thread on an article (clauseKey) of a revision")
    public Response open(@PathParam("id") long id, @NotNull CommentInput input) {
        if (input.revision() == null) {
            throw new InvalidInputException("revision", Rule.REQUIRED, "must name the revision the comment is about");
        }
        Comment comment = threads.open(id, input.revision(), input.clauseKey(), input.text(), caller());
        return created(comment, CommentJson.thread(comment, List.of()));
    }

    @POST
    @Path("{comment}/replies")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, ADMIN})
    @Operation(summary = "Reply in the thread of a comment")
    public Response reply(@PathParam("id") long id, @PathParam("comment") long commentId, @NotNull CommentInput input) {
        Comment reply = threads.reply(id, commentId, input.text(), caller());
        return created(reply, CommentJson.reply(reply));
    }

    @POST
    @Path("{comment}/resolve")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, ADMIN})
    @Operation(summary = "Mark a thread settled; needs the thread's version (body or If-Match)")
    public CommentJson resolve(@PathParam("id") long id, @PathParam("comment") long threadId, ActionInput input,
                               @HeaderParam("If-Match") String ifMatch) {
        threads.resolve(id, threadId, expected(input, ifMatch), caller());
        return thread(id, threadId);
    }

    @POST
    @Path("{comment}/reopen")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, ADMIN})
    @Operation(summary = "Reopen a settled thread; needs the thread's version (body or If-Match)")
    public CommentJson reopen(@PathParam("id") long id, @PathParam("comment") long threadId, ActionInput input,
                              @HeaderParam("If-Match") String ifMatch) {
        threads.reopen(id, threadId, expected(input, ifMatch), caller());
        return thread(id, threadId);
    }

    private static long expected(ActionInput input, String ifMatch) {
        return ExpectedVersion.of(input == null ? null : input.version(), ifMatch);
    }

    private Response created(Comment comment, CommentJson json) {
        URI location = uri.getBaseUriBuilder().path("agreements").path(Long.toString(comment.agreementId()))
                .path("comments").path(Long.toString(comment.id())).build();
        return Response.created(location).entity(json).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
