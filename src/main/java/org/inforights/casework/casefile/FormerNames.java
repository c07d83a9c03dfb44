package org.inforights.casework.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subject's former names, recorded by the IG team: a care leaver or an adopted adult may have
 * records under a birth name or a name before adoption, and a reasonable and proportionate search
 * (UK GDPR Art 15(1A), Data (Use and Access) Act 2025) looks under those too. Finding a case by the
 * child's name ({@code GET /api/cases?childName=}) matches them; the Case tab shows them with the
 * subject.
 */
@RestController
@RequestMapping("/api/cases/{reference}/former-names")
class FormerNames {

  record FormerName(@NotBlank @Size(max = 200) String name) {}

  private final CaseFileService cases;

  FormerNames(CaseFileService cases) {
    this.cases = cases;
  }

  /** Records a former name (once, whatever its case); answers every former name of the subject. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  List<String> add(@PathVariable String reference, @Valid @RequestBody FormerName body) {
    return cases.addFormerNames(reference, List.of(body.name()));
  }
}
