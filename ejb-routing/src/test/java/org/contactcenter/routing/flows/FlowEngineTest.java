package org.contactcenter.routing.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.contactcenter.routing.flows.control.FlowEnvironment;
import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

/** Engine behaviour beyond the demo flows: the step limit, missing prompts, percentages, chat waits, transfers. */
class FlowEngineTest {
    final ScriptedCenter center = new ScriptedCenter();

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    ScriptedCustomer customer(Channel channel, String flowId) {
        return new ScriptedCustomer(center, channel, "+81355550000", 20).start(flowId);
    }

    @Test
    void aLoopingFlowIsStoppedAtTheStepLimitAndTheDisconnectFlowRuns() {
        center.flow("Goodbye", "DISCONNECT", json("""
                {'StartAction':'bye','Actions':[
                 {'Identifier':'bye','Type':'MessageParticipant','Parameters':{'Text':'Sorry, we have a problem. Goodbye.'},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'end'}]}},
                 {'Identifier':'end','Type':'DisconnectParticipant','Parameters':{},'Transitions':{}}]}"""));
        center.flow("Loops", "CONTACT_FLOW", json("""
                {'StartAction':'hook','Actions':[
                 {'Identifier':'hook','Type':'UpdateContactEventHooks','Parameters':{'EventHooks':{'CustomerRemaining':'flow:Goodbye'}},
                  'Transitions':{'NextAction':'a','Errors':[{'ErrorType':'NoMatchingError','NextAction':'a'}]}},
                 {'Identifier':'a','Type':'UpdateContactAttributes','Parameters':{'Attributes':{'n':'1'}},
                  'Transitions':{'NextAction':'b','Errors':[{'ErrorType':'NoMatchingError','NextAction':'b'}]}},
                 {'Identifier':'b','Type':'UpdateContactAttributes','Parameters':{'Attributes':{'n':'2'}},
                  'Transitions':{'NextAction':'a','Errors':[{'ErrorType':'NoMatchingError','NextAction':'a'}]}}]}"""));
        ScriptedCustomer c = customer(Channel.VOICE, "flow:Loops");
        c.hears("we have a problem").isDisconnected();
        assertEquals("step limit", c.run.endReason);
        assertTrue(c.run.log.stream().anyMatch(l -> l.contains("ran 20 blocks without waiting")), c.run.log::toString);
    }

    @Test
    void setRoutingCriteriaGoesWithTheContactIntoItsQueueAndABrokenOneTakesTheErrorBranch() {
        center.flow("Skills", "CONTACT_FLOW", json("""
                {'StartAction':'crit','Actions':[
                 {'Identifier':'crit','Type':'UpdateRoutingCriteria','Parameters':{'RoutingCriteria':{'Steps':[
                    {'Expression':{'AndExpression':[
                       {'AttributeCondition':{'Name':'Language','Value':'Japanese','ProficiencyLevel':4.0,'ComparisonOperator':'NumberGreaterOrEqualTo'}},
                       {'AttributeCondition':{'Name':'Product','Value':'Billing','ProficiencyLevel':2,'ComparisonOperator':'NumberGreaterOrEqualTo'}}]},
                     'Expiry':{'DurationInSeconds':30}},
                    {'Expression':{'AttributeCondition':{'Name':'Language','Value':'Japanese','ProficiencyLevel':1,'ComparisonOperator':'NumberGreaterOrEqualTo'}}}]}},
                  'Transitions':{'NextAction':'q','Errors':[{'ErrorType':'NoMatchingError','NextAction':'oops'}]}},
                 {'Identifier':'q','Type':'UpdateContactTargetQueue','Parameters':{'QueueId':'queue:Sales'},
                  'Transitions':{'NextAction':'t','Errors':[{'ErrorType':'NoMatchingError','NextAction':'oops'}]}},
                 {'Identifier':'t','Type':'TransferContactToQueue','Parameters':{},
                  'Transitions':{'Errors':[{'ErrorType':'QueueAtCapacity','NextAction':'oops'},{'ErrorType':'NoMatchingError','NextAction':'oops'}]}},
                 {'Identifier':'oops','Type':'MessageParticipant','Parameters':{'Text':'Criteria refused.'},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'end'}]}},
                 {'Identifier':'end','Type':'DisconnectParticipant','Parameters':{},'Transitions':{}}]}"""));
        customer(Channel.CHAT, "flow:Skills");
        org.contactcenter.rules.model.RoutingCriteria criteria = center.queued.get(0).criteria();
        assertEquals(2, criteria.steps().size());
        assertEquals(30, criteria.steps().get(0).expirySeconds());
        assertEquals(java.util.List.of(java.util.List.of(new org.contactcenter.rules.model.RoutingCriteria.Condition("Language", "Japanese", 4),
                new org.contactcenter.rules.model.RoutingCriteria.Condition("Product", "Billing", 2))), criteria.steps().get(0).expression().disjuncts());
        assertEquals(null, criteria.steps().get(1).expirySeconds());

        center.flow("Broken skills", "CONTACT_FLOW", json("""
                {'StartAction':'set','Actions':[
                 {'Identifier':'set','Type':'UpdateContactAttributes','Parameters':{'Attributes':{'level':'7'}},
                  'Transitions':{'NextAction':'crit','Errors':[{'ErrorType':'NoMatchingError','NextAction':'crit'}]}},
                 {'Identifier':'crit','Type':'UpdateRoutingCriteria','Parameters':{'RoutingCriteria':{'Steps':[
                    {'Expression':{'AttributeCondition':{'Name':'Language','Value':'Japanese','ProficiencyLevel':'$.Attributes.level'}}}]}},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'oops'}]}},
                 {'Identifier':'oops','Type':'MessageParticipant','Parameters':{'Text':'Criteria refused.'},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'end'}]}},
                 {'Identifier':'end','Type':'DisconnectParticipant','Parameters':{},'Transitions':{}}]}"""));
        customer(Channel.CHAT, "flow:Broken skills").hears("Criteria refused").isDisconnected();
    }

    @Test
    void aMissingPromptTakesTheErrorBranch() {
        center.prompts.put("prompt:Welcome", new FlowEnvironment.Prompt("Welcome", "Welcome!", "custom/welcome"));
        center.flow("Prompts", "CONTACT_FLOW", json("""
                {'StartAction':'p1','Actions':[
                 {'Identifier':'p1','Type':'MessageParticipant','Parameters':{'PromptId':'prompt:Welcome'},
                  'Transitions':{'NextAction':'p2','Errors':[{'ErrorType':'NoMatchingError','NextAction':'oops'}]}},
                 {'Identifier':'p2','Type':'MessageParticipant','Parameters':{'PromptId':'prompt:Welcome'},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'oops'}]}},
                 {'Identifier':'oops','Type':'MessageParticipant','Parameters':{'Text':'The prompt is gone.'},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'end'}]}},
                 {'Identifier':'end','Type':'DisconnectParticipant','Parameters':{},'Transitions':{}}]}"""));
        ScriptedCustomer first = customer(Channel.VOICE, "flow:Prompts");
        assertEquals("custom/welcome", first.last.get(0).audio);
        assertEquals("custom/welcome", first.last.get(1).audio);
        center.prompts.clear(); // deleted while contacts use the published flow
        customer(Channel.VOICE, "flow:Prompts").hears("The prompt is gone").isDisconnected();
    }

    @Test
    void distributeByPercentageAndTransferToFlow() {
        center.flow("Target", "CONTACT_FLOW", json("""
                {'StartAction':'m','Actions':[
                 {'Identifier':'m','Type':'MessageParticipant','Parameters':{'Text':'B path, contact $.ContactId on $.Channel'},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'end'}]}},
                 {'Identifier':'end','Type':'DisconnectParticipant','Parameters':{},'Transitions':{}}]}"""));
        center.flow("Split", "CONTACT_FLOW", json("""
                {'StartAction':'d','Actions':[
                 {'Identifier':'d','Type':'DistributeByPercentage','Parameters':{},
                  'Transitions':{'Conditions':[{'NextAction':'a','Condition':{'Operator':'NumberLessThan','Operands':['20']}},
                                               {'NextAction':'b','Condition':{'Operator':'NumberLessThan','Operands':['100']}}],
                                 'Errors':[{'ErrorType':'NoMatchingCondition','NextAction':'a'}]}},
                 {'Identifier':'a','Type':'MessageParticipant','Parameters':{'Text':'A path'},
                  'Transitions':{'NextAction':'end','Errors':[{'ErrorType':'NoMatchingError','NextAction':'end'}]}},
                 {'Identifier':'b','Type':'TransferToFlow','Parameters':{'ContactFlowId':'flow:Target'},
                  'Transitions':{'Errors':[{'ErrorType':'NoMatchingError','NextAction':'end'}]}},
                 {'Identifier':'end','Type':'DisconnectParticipant','Parameters':{},'Transitions':{}}]}"""));
        center.random.push(19);
        customer(Channel.CHAT, "flow:Split").hears("A path").isDisconnected();
        center.random.push(20);
        ScriptedCustomer b = customer(Channel.CHAT, "flow:Split");
        b.hears("B path, contact " + b.run.contactId + " on CHAT").isDisconnected();
    }

    @Test
    void chatWaitsForTheCustomerToReturnOrTimesOut() {
        center.flow("Waits", "CONTACT_FLOW", json("""
                {'StartAction':'w','Actions':[
                 {'Identifier':'w','Type':'Wait','Parameters':{'TimeoutSeconds':'300','Events':['CustomerReturned']},
                  'Transitions':{'Conditions':[{'NextAction':'back','Condition':{'Operator':'Equals','Operands':['CustomerReturned']}},
                                               {'NextAction':'gone','Condition':{'Operator':'Equals','Operands':['WaitCompleted']}}],
                                 'Errors':[{'ErrorType':'NoMatchingError','NextAction':'gone'}]}},
                 {'Identifier':'back','Type':'MessageParticipant','Parameters':{'Text':'Welcome back'},
                  'Transitions':{'NextAction':'gone','Errors':[{'ErrorType':'NoMatchingError','NextAction':'gone'}]}},
                 {'Identifier':'gone','Type':'DisconnectParticipant','Parameters':{},'Transitions':{}}]}"""));
        ScriptedCustomer c = customer(Channel.CHAT, "flow:Waits");
        assertEquals(300, c.last.get(0).timeoutSeconds);
        c.says("hello?").hears("Welcome back").isDisconnected();
        customer(Channel.CHAT, "flow:Waits").staysSilent().isDisconnected();
        customer(Channel.VOICE, "flow:Waits").isDisconnected(); // voice takes the error branch
    }
}
