package org.coregroup.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.coregroup.input.FieldLabels;
import org.coregroup.input.FormInput;
import org.coregroup.input.InputRejected;
import org.springframework.stereotype.Component;

/**
 * Keeps text of any length whole (issue "Trust", finding 6). The engine stores a String variable
 * in a 4,000-character column, so a longer discussion summary or the minutes made from it failed
 * the whole submission. A String longer than that is stored as bytes instead (the column every
 * object variable uses); it still reads back as an ordinary String everywhere: forms, REST,
 * Cockpit, history. Shorter strings are stored as before. Why this uses the engine's serializer
 * SPI, which lives in an {@code impl} package: ADR 0018.
 */
@Component
class LongTextStorage extends AbstractProcessEnginePlugin {

  /** The engine's String column holds this many characters (H2 and PostgreSQL). */
  static final int STRING_COLUMN_CHARACTERS = 4000;

  /**
   * No text variable holds more: a ceiling for any field, far above the limit a form's narrative
   * field has ({@link FormInput#NARRATIVE_LIMIT}), and above anything the product writes itself
   * (minutes made from a whole record). A larger value is refused naming the variable, never a 500.
   */
  static final int STORAGE_LIMIT = 1_000_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new LongStringSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    if (configuration.getHistoryEventProducer() == null) {
      configuration.setHistoryEventProducer(new FormHistoryWithinColumns());
    }
  }

  /**
   * Submitting a form also writes each field to the history as a "form property" in a 4,000-character
   * column; a longer value is cut there (with a note), since the variable's own history keeps it whole.
   */
  static class FormHistoryWithinColumns extends CacheAwareHistoryEventProducer {

    static final String CUT = "... (cut here: the variable keeps the whole text)";

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
        String taskId) {
      String value = propertyValue != null && propertyValue.length() > STRING_COLUMN_CHARACTERS
          ? propertyValue.substring(0, STRING_COLUMN_CHARACTERS - CUT.length()) + CUT : propertyValue;
      return super.createFormPropertyUpdateEvt(execution, propertyId, value, taskId);
    }
  }

  /** A String of more than {@link #STRING_COLUMN_CHARACTERS} characters, as UTF-8 bytes. */
  static class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

    static final String NAME = "longString";

    LongStringSerializer() {
      super(ValueType.STRING);
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      return super.canWriteValue(value) && value.getValue() instanceof String text
          && text.length() > STRING_COLUMN_CHARACTERS;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
      byte[] bytes = valueFields.getByteArrayValue();
      return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
      if (value.getValue().length() > STORAGE_LIMIT) {
        throw new InputRejected(valueFields.getName(), FieldLabels.of(valueFields.getName()) + " is "
            + String.format("%,d", value.getValue().length()) + " characters long: at most "
            + String.format("%,d", FormInput.NARRATIVE_LIMIT) + " fit");
      }
      valueFields.setTextValue(null);
      valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }
  }
}
