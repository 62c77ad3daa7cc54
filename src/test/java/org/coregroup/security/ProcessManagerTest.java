package org.coregroup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.coregroup.testing.CoreGroupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.coregroup.testing.Http;

/** The process-managers group: deploys from Camunda Modeler, reads definitions, sees no case. */
@CoreGroupTest
class ProcessManagerTest extends SecuritySuite {

  static final String PAM = "pam.process";
  static final String KEY = "ProcessManagerDeployCheck";

  @Autowired RepositoryService repository;

  @AfterEach
  void removeDeployment() {
    repository.createDeploymentQuery().deploymentName(KEY).list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  @DisplayName("A process manager deploys a model the way Camunda Modeler does")
  void deploysLikeModeler() throws Exception {
    assertThat(rest("GET", "/version", PAM, null).statusCode()).isEqualTo(200);

    HttpResponse<String> deployed = deploy(PAM);

    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    assertThat(json(deployed).get("deployedProcessDefinitions").toString()).contains(KEY);
    assertThat(rest("GET", "/process-definition/key/" + KEY + "/xml", PAM, null).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("R23: a process manager sees no case: no task, instance, history or variable")
  void seesNoCase() throws Exception {
    String ref = newCase();
    for (String path : new String[] {"/task?processInstanceBusinessKey=" + ref,
        "/process-instance?businessKey=" + ref, "/history/process-instance?processInstanceBusinessKey=" + ref,
        "/variable-instance?variableName=coreGroupMembers", "/history/variable-instance"}) {
      assertThat(rest("GET", path, PAM, null).statusCode()).as(path).isEqualTo(403);
    }
    assertThat(rest("POST", "/process-definition/key/ChildProtectionPlanProcess/start", PAM,
        EngineRestSecurityTest.startBody(ref + "-PM", "2025-12-01")).statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("Practitioners and supervisors cannot deploy")
  void othersCannotDeploy() throws Exception {
    assertThat(deploy(SARAH).statusCode()).isEqualTo(403);
    assertThat(deploy("tom.manager").statusCode()).isEqualTo(403);
    assertThat(repository.createDeploymentQuery().deploymentName(KEY).count()).isZero();
  }

  HttpResponse<String> deploy(String user) throws Exception {
    String boundary = UUID.randomUUID().toString();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Check" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="30">
            <bpmn:startEvent id="StartEvent_Started" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(KEY);
    String body = part(boundary, "deployment-name", null, KEY) + part(boundary, "deployment-source", null, "Camunda Modeler")
        + part(boundary, "deploy-changed-only", null, "true") + part(boundary, "data", KEY + ".bpmn", bpmn)
        + "--" + boundary + "--\r\n";
    Http client = Http.rest(port, user);
    return client.send(client.request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String part(String boundary, String name, String filename, String content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream")
        + "\r\n\r\n" + content + "\r\n";
  }
}
