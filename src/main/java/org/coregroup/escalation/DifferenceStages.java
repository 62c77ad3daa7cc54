package org.coregroup.escalation;

import static org.coregroup.escalation.ProfessionalDifferencesProcess.LAST_STAGE;

import org.springframework.stereotype.Component;

/**
 * For {@code Gateway_LastStage} of the professional differences process:
 * {@code ${differenceStages.isLast(differenceStage)}}, so the number of stages (R30) is written
 * once, in {@link ProfessionalDifferencesProcess#LAST_STAGE}.
 */
@Component("differenceStages")
public class DifferenceStages {

  public boolean isLast(Object stage) {
    return ((Number) stage).intValue() >= LAST_STAGE;
  }
}
