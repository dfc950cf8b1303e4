package tandem.change.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

import tandem.change.Assessments;
import tandem.change.Assessments.NewAssessment;
import tandem.change.Assessments.Upload;
import tandem.change.ChangeViews.Assessment;
import tandem.change.Evidence;
import tandem.change.Scope;
import tandem.change.web.ChangeForms.AssessmentForm;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The service lead rates the ten challenges, reads a rating back and downloads its evidence. */
@Controller
class AssessmentController {

    private final CurrentUsers identity;
    private final Assessments assessments;
    private final Evidence evidence;
    private final ChangePages pages;

    AssessmentController(CurrentUsers identity, Assessments assessments, Evidence evidence, ChangePages pages) {
        this.identity = identity;
        this.assessments = assessments;
        this.evidence = evidence;
        this.pages = pages;
    }

    @GetMapping("/change/assessments/new")
    String newAssessment(Model model) {
        CurrentUser lead = identity.require();
        return assessmentForm(model, lead, AssessmentForm.opening(Scope.ORGANISATION + ":" + lead.organisationId()), FormErrors.NONE);
    }

    @PostMapping("/change/assessments")
    String assess(@Valid @ModelAttribute("form") AssessmentForm form, BindingResult binding, HttpServletRequest request, Model model,
            RedirectAttributes redirect) throws IOException {
        CurrentUser lead = identity.require();
        NewAssessment submitted = new NewAssessment(form.scopeName(), form.scopeId(), form.assessedOn(), ChangeForms.number(form.participants()),
                ChangeForms.number(form.livedExperience()), form.ratings(), uploads(request));
        Optional<Assessment> saved = Forms.attempt(binding, () -> assessments.assess(lead, submitted));
        if (saved.isEmpty()) {
            return assessmentForm(model, lead, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved. The chart now includes this rating.");
        return "redirect:/change/assessments/" + saved.get().id();
    }

    /** The evidence files sent with the form, one per challenge at most ({@code file1} to {@code file10}). */
    private static List<Upload> uploads(HttpServletRequest request) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return uploads;
        }
        for (int c = 1; c <= 10; c++) {
            MultipartFile file = multipart.getFile("file" + c);
            if (file != null && !file.isEmpty()) {
                uploads.add(new Upload(c, file.getOriginalFilename(), file.getBytes()));
            }
        }
        return uploads;
    }

    private String assessmentForm(Model model, CurrentUser lead, AssessmentForm form, FormErrors errors) {
        model.addAttribute("scopes", assessments.scopes(lead)); // the service lead's only
        pages.common(model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "change/assessmentForm";
    }

    @GetMapping("/change/assessments/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        pages.common(model);
        model.addAttribute("assessment", assessments.assessment(identity.require(), id));
        return "change/assessment";
    }

    @GetMapping("/change/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID fileId) {
        Evidence.Download f = evidence.download(identity.require(), fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(f.bytes());
    }
}
