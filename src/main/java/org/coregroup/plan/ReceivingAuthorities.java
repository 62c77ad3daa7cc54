package org.coregroup.plan;

import static org.coregroup.plan.ChildProtectionPlanProcess.OUTSIDE_THE_LIST;
import static org.coregroup.plan.ChildProtectionPlanProcess.OUTSIDE_THE_LIST_LABEL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.coregroup.input.JsonLists;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a plan can be transferred to (R35, ADR 0036): the local authorities of England and Wales
 * ({@link LocalAuthorities}) less this one. The product does not learn its own authority from the
 * policy profile (a partnership such as Bedfordshire or South East Wales covers several
 * authorities, and a child moving between them is transferred), so it is the setting
 * {@code coregroup.local-authority}: the DfE code or the name of one authority on the list, or empty
 * (then no authority is left out). A setting that is not on the list stops the application.
 */
@Component("receivingAuthorities")
public class ReceivingAuthorities {

  private final LocalAuthorities list;
  private final LocalAuthorities.Authority own;

  ReceivingAuthorities(@Value("${coregroup.local-authority:}") String ownAuthority) {
    this.list = LocalAuthorities.standard();
    if (ownAuthority == null || ownAuthority.isBlank()) {
      this.own = null;
    } else {
      this.own = list.find(ownAuthority).orElseThrow(() -> new IllegalStateException("coregroup.local-authority '"
          + ownAuthority + "' is not a local authority of England or Wales in " + LocalAuthorities.RESOURCE
          + ": give its DfE code (for example 304) or its name as the list has it (for example Brent)"));
    }
  }

  LocalAuthorities list() {
    return list;
  }

  /** This authority, or null when {@code coregroup.local-authority} is not set. */
  LocalAuthorities.Authority own() {
    return own;
  }

  /**
   * The form's choices ({@code localAuthorityChoices} of "Transfer the plan"): every authority but
   * this one, by name, then "Somewhere not on this list". Json list of {@code label}, {@code value}.
   */
  public SpinJsonNode choices() {
    List<Map<String, String>> options = new ArrayList<>();
    for (LocalAuthorities.Authority a : list.all()) {
      if (own == null || !own.code().equals(a.code())) {
        options.add(option(a.name(), a.name()));
      }
    }
    options.add(option(OUTSIDE_THE_LIST_LABEL, OUTSIDE_THE_LIST));
    return Spin.JSON(JsonLists.write(options));
  }

  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
